import type { Customer } from "../shop/customer.js";
import type { Order } from "../shop/order.js";
import { type Decision, RuleLog } from "./decision.js";
import { checkGiftCardCovers, checkOwnMethod, checkStatus } from "./order-checks.js";
import { isGiftCard, netPaidByMethod, refundTimingText } from "./order-money.js";
import type { Bilingual, ShopPolicy } from "./shop-policy.js";

export interface ModifyPaymentPlan {
  fromPaymentMethodId: string;
  toPaymentMethodId: string;
  /** The order total, charged to the new method and refunded to the old one. */
  amountCents: number;
  /** Whether the old method is a gift card, refunded at once. */
  refundImmediate: boolean;
  /** When the original method gets its money back. */
  refundTiming: Bilingual;
}

export interface ModifyPaymentInput {
  policy: ShopPolicy;
  order: Order;
  customer: Customer;
  paymentMethodId: string;
}

/** Modify payment: one original payment, a different saved method, a gift card must cover the total. */
export function decideModifyPayment({
  policy,
  order,
  customer,
  paymentMethodId,
}: ModifyPaymentInput): Decision<ModifyPaymentPlan> {
  const log = new RuleLog();
  const refused = checkStatus(log, policy, "modifyPayment", order);
  if (refused) return refused;
  const paid = netPaidByMethod(order);
  const single = paid.length === 1 && order.payments.length === 1;
  const original = paid[0];
  if (
    !log.check("modifyPayment.single_original_payment", single && original !== undefined, {
      en: `${order.payments.length} payment transaction(s)`,
      zh: `${order.payments.length} 笔支付记录`,
    }) ||
    !original
  ) {
    return log.refuse("MULTIPLE_PAYMENTS", {
      en: `Order ${order.id} has more than one payment, so its payment method cannot be changed.`,
      zh: `订单 ${order.id} 有多笔支付记录，无法修改支付方式。`,
    });
  }
  const own = checkOwnMethod(log, "modifyPayment.method_saved", customer, paymentMethodId);
  if ("refusal" in own) return own.refusal;
  const differs = paymentMethodId !== original.paymentMethodId;
  if (
    policy.newPaymentMustDiffer &&
    !log.check("modifyPayment.method_differs", differs, {
      en: `original ${original.paymentMethodId}, new ${paymentMethodId}`,
      zh: `原支付方式 ${original.paymentMethodId}，新支付方式 ${paymentMethodId}`,
    })
  ) {
    return log.refuse("SAME_PAYMENT_METHOD", {
      en: `Order ${order.id} is already paid with that method; please choose a different one.`,
      zh: `订单 ${order.id} 已使用该支付方式，请选择其他支付方式。`,
    });
  }
  const short = checkGiftCardCovers(
    log,
    policy,
    "modifyPayment.gift_card_covers_total",
    own.method,
    original.amountCents,
    order.currency,
  );
  if (short) return short;
  return log.allow({
    fromPaymentMethodId: original.paymentMethodId,
    toPaymentMethodId: paymentMethodId,
    amountCents: original.amountCents,
    refundImmediate: isGiftCard(customer, original.paymentMethodId),
    refundTiming: refundTimingText(policy, isGiftCard(customer, original.paymentMethodId)),
  });
}
