import { FLOW_SPECS } from "../../../domain/dialog/flow-specs.js";
import { originalPaymentMethodId } from "../../../domain/policy/order-money.js";
import type { FlowModule } from "./flow-module.js";
import { itemChangeLines } from "./item-change-lines.js";

/** Change items of a pending order to another in-stock variant of the same product. */
export const modifyItemsFlow: FlowModule = {
  name: "modify_items",
  spec: FLOW_SPECS.modify_items,
  paymentChoices: (customer) => customer.paymentMethods,
  autoPayment: (choices, order) => choices.find((m) => m.id === originalPaymentMethodId(order)),
  describe: (input) =>
    itemChangeLines(input, {
      en: `Change items of order ${input.order?.id ?? ""}`,
      zh: `修改订单 ${input.order?.id ?? ""} 的商品`,
    }),
};
