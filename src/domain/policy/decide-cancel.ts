import type { Customer } from "../shop/customer.js";
import type { Order } from "../shop/order.js";
import { type Decision, RuleLog } from "./decision.js";
import { checkStatus } from "./order-checks.js";
import { isGiftCard, netPaidByMethod, refundTimingText } from "./order-money.js";
import type { Bilingual, ShopPolicy } from "./shop-policy.js";

/** Money going back to one payment method; gift cards are credited at once. */
export interface Refund {
  paymentMethodId: string;
  amountCents: number;
  immediate: boolean;
}

export interface CancelPlan {
  /** The reason as the policy lists it (normalised), or as given when any reason is accepted. */
  reason: string;
  /** What was paid, back to the methods it was paid with. */
  refunds: Refund[];
  totalRefundCents: number;
  /** When the refund arrives, per the policy (immediate only if every refund goes to a gift card). */
  refundTiming: Bilingual;
}

export interface CancelInput {
  policy: ShopPolicy;
  order: Order;
  reason: string;
  now: Date;
  /** Lets refunds tell gift cards from other methods by kind rather than by id. */
  customer?: Customer;
}

/** Cancel: allowed status, an accepted reason; the whole amount paid is refunded to where it came from. */
export function decideCancel({ policy, order, reason, customer }: CancelInput): Decision<CancelPlan> {
  const log = new RuleLog();
  const refused = checkStatus(log, policy, "cancel", order);
  if (refused) return refused;
  const given = reason.trim().toLowerCase();
  const accepted = policy.cancelReasons?.find((r) => r.toLowerCase() === given);
  const ok = policy.cancelReasons === null ? given !== "" : accepted !== undefined;
  const allowed = policy.cancelReasons === null ? "any reason" : policy.cancelReasons.map((r) => `"${r}"`).join(" or ");
  const allowedZh = policy.cancelReasons === null ? "任意原因" : policy.cancelReasons.map((r) => `“${r}”`).join("或");
  const note = {
    en: `reason "${reason.trim()}"; accepted: ${allowed}`,
    zh: `原因“${reason.trim()}”；可接受：${allowedZh}`,
  };
  if (!log.check("cancel.reason", ok, note)) {
    return log.refuse("INVALID_REASON", {
      en:
        policy.cancelReasons === null
          ? "Please tell me why you want to cancel."
          : `An order can only be cancelled because it is ${allowed}.`,
      zh:
        policy.cancelReasons === null
          ? "请告诉我取消订单的原因。"
          : `取消订单的原因只能是：${policy.cancelReasons.join("、")}。`,
    });
  }
  const refunds = netPaidByMethod(order).map((r) => ({ ...r, immediate: isGiftCard(customer, r.paymentMethodId) }));
  const totalRefundCents = refunds.reduce((sum, r) => sum + r.amountCents, 0);
  log.check("cancel.refund_to_original", true, {
    en: `refund ${totalRefundCents} cents to ${refunds.map((r) => r.paymentMethodId).join(", ") || "nothing paid"}`,
    zh: `退款 ${totalRefundCents} 分至 ${refunds.map((r) => r.paymentMethodId).join("、") || "（未付款）"}`,
  });
  return log.allow({
    reason: accepted ?? reason.trim(),
    refunds,
    totalRefundCents,
    refundTiming: refundTimingText(
      policy,
      refunds.every((r) => r.immediate),
    ),
  });
}
