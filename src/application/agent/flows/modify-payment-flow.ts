import { FLOW_SPECS } from "../../../domain/dialog/flow-specs.js";
import { orderTotalCents } from "../../../domain/shop/order.js";
import type { PaymentMethod } from "../../../domain/shop/payment-method.js";
import { money } from "../order-views.js";
import { describeParts, type FlowModule, paidWith } from "./flow-module.js";

/** Pay a pending order with another saved method (a different one when the policy says so). */
export const modifyPaymentFlow: FlowModule = {
  name: "modify_payment",
  spec: FLOW_SPECS.modify_payment,
  paymentChoices(customer, order, policy) {
    const original = paidWith(order);
    const total = orderTotalCents(order);
    // A gift card short of the total is not offered when the policy says it must cover it.
    const covers = (m: PaymentMethod) =>
      !policy.giftCardMustCover || m.kind !== "gift_card" || (m.balanceCents ?? 0) >= total;
    return customer.paymentMethods.filter((m) => (!policy.newPaymentMustDiffer || !original.has(m.id)) && covers(m));
  },
  describe(input) {
    const { zh, id, pmText } = describeParts(input);
    // The amount the new method pays, so a gift card's balance can be checked against it.
    const line = zh ? `订单 ${id} 改用：${pmText}` : `Pay order ${id} with: ${pmText}`;
    if (!input.order) return [line];
    const total = money(input.order, orderTotalCents(input.order), input.locale);
    return [line, zh ? `支付金额：${total}` : `Amount: ${total}`];
  },
};
