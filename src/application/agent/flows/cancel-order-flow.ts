import { FLOW_SPECS } from "../../../domain/dialog/flow-specs.js";
import { itemLabel } from "../order-views.js";
import { describeParts, type FlowModule } from "./flow-module.js";

/** Cancel a pending order with an accepted reason; the refund goes back where it was paid. */
export const cancelOrderFlow: FlowModule = {
  name: "cancel_order",
  spec: FLOW_SPECS.cancel_order,
  describe(input) {
    const { zh, id, amount } = describeParts(input);
    const all = input.order?.items.map(itemLabel).join("; ") ?? "";
    const reason = input.flow.slots.reason ?? "";
    return zh
      ? [
          `取消订单 ${id}（${all}）`,
          `原因：${reason === "ordered by mistake" ? "下错单了" : reason === "no longer needed" ? "不再需要" : reason}`,
          amount ? `退款 ${amount} 原路退回` : "款项原路退回",
        ]
      : [
          `Cancel order ${id} (${all})`,
          `Reason: ${reason}`,
          amount ? `Refund ${amount} to the original payment method` : "Refund to the original payment method",
        ];
  },
};
