import { FLOW_SPECS } from "../../../domain/dialog/flow-specs.js";
import { describeParts, type FlowModule, paidWith } from "./flow-module.js";

/** Return delivered items; the refund goes only where the policy allows (original method, gift card…). */
export const returnFlow: FlowModule = {
  name: "return",
  spec: FLOW_SPECS.return,
  paymentChoices(customer, order, policy) {
    const original = paidWith(order);
    return customer.paymentMethods.filter((m) =>
      policy.returnRefundTo.some((d) =>
        d === "original" ? original.has(m.id) : d === "gift_card" ? m.kind === "gift_card" : true,
      ),
    );
  },
  describe(input) {
    const { zh, id, itemList, amount, pmText } = describeParts(input);
    return zh
      ? [`订单 ${id} 退货：${itemList}`, `退款${amount ? ` ${amount}` : ""}退至：${pmText}`]
      : [`Return from order ${id}: ${itemList}`, `Refund${amount ? ` ${amount}` : ""} to: ${pmText}`];
  },
};
