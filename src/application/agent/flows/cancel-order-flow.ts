import { FLOW_SPECS } from "../../../domain/dialog/flow-specs.js";
import { paymentLabel } from "../../../domain/dialog/labels.js";
import { originalPaymentMethodId } from "../../../domain/policy/order-money.js";
import { itemLabel, money } from "../order-views.js";
import { describeParts, type FlowModule } from "./flow-module.js";

/** Cancel a pending order with an accepted reason; the refund goes back where it was paid. */
export const cancelOrderFlow: FlowModule = {
  name: "cancel_order",
  spec: FLOW_SPECS.cancel_order,
  describe(input) {
    const { zh, id, amount } = describeParts(input);
    const order = input.order;
    const original = order && input.customer.paymentMethods.find((m) => m.id === originalPaymentMethodId(order));
    const to = original && order ? paymentLabel(original, input.locale, (c) => money(order, c, input.locale)) : "";
    const all = input.order?.items.map(itemLabel).join("; ") ?? "";
    const reason = input.flow.slots.reason ?? "";
    return zh
      ? [
          `取消订单 ${id}（${all}）`,
          `原因：${reason === "ordered by mistake" ? "下错单了" : reason === "no longer needed" ? "不再需要" : reason}`,
          amount ? `退款 ${amount} 原路退回${to ? `（${to}）` : ""}` : "款项原路退回",
        ]
      : [
          `Cancel order ${id} (${all})`,
          `Reason: ${reason}`,
          `${amount ? `Refund ${amount}` : "Refund"} to the original payment method${to ? ` (${to})` : ""}`,
        ];
  },
};
