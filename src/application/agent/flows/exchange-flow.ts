import { FLOW_SPECS } from "../../../domain/dialog/flow-specs.js";
import { originalPaymentMethodId } from "../../../domain/policy/order-money.js";
import type { FlowModule } from "./flow-module.js";
import { itemChangeLines } from "./item-change-lines.js";

/** Exchange delivered items for another in-stock variant; the difference is settled on a saved method. */
export const exchangeFlow: FlowModule = {
  name: "exchange",
  spec: FLOW_SPECS.exchange,
  paymentChoices: (customer) => customer.paymentMethods,
  autoPayment: (choices, order) => choices.find((m) => m.id === originalPaymentMethodId(order)),
  describe: (input) =>
    itemChangeLines(input, {
      en: `Exchange in order ${input.order?.id ?? ""}`,
      zh: `订单 ${input.order?.id ?? ""} 换货`,
    }),
};
