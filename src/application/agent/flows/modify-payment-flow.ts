import { FLOW_SPECS } from "../../../domain/dialog/flow-specs.js";
import { describeParts, type FlowModule, paidWith } from "./flow-module.js";

/** Pay a pending order with another saved method (a different one when the policy says so). */
export const modifyPaymentFlow: FlowModule = {
  name: "modify_payment",
  spec: FLOW_SPECS.modify_payment,
  paymentChoices(customer, order, policy) {
    const original = paidWith(order);
    return customer.paymentMethods.filter((m) => !policy.newPaymentMustDiffer || !original.has(m.id));
  },
  describe(input) {
    const { zh, id, pmText } = describeParts(input);
    return [zh ? `订单 ${id} 改用：${pmText}` : `Pay order ${id} with: ${pmText}`];
  },
};
