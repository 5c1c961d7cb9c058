import type { Customer } from "../shop/customer.js";
import type { Order } from "../shop/order.js";
import { type Decision, RuleLog } from "./decision.js";
import { checkDeliveryWindow } from "./delivery-window.js";
import { checkOwnMethod, checkSelection, checkStatus } from "./order-checks.js";
import { originalPaymentMethodId, refundTimingText } from "./order-money.js";
import type { Bilingual, RefundDestination, ShopPolicy } from "./shop-policy.js";

export interface ReturnPlan {
  itemIndexes: number[];
  /** Sum of the returned lines' paid prices. */
  refundCents: number;
  refundMethodId: string;
  /** Gift card refunds are credited at once when the return completes. */
  refundImmediate: boolean;
  /** When the refund arrives once the return completes. */
  refundTiming: Bilingual;
}

export interface ReturnInput {
  policy: ShopPolicy;
  order: Order;
  customer: Customer;
  itemIndexes: number[];
  refundMethodId: string;
  now: Date;
  /** The shopper reports a quality issue (needed after the no-reason period). */
  qualityIssue?: boolean;
}

const DESTINATION_WORDS: Record<RefundDestination, [string, string]> = {
  original: ["the original payment method", "原支付方式"],
  gift_card: ["an existing gift card", "已有的礼品卡"],
  any_existing: ["any saved payment method", "任一已保存的支付方式"],
};

/** Return delivered items: within the window, listed items, refund to an allowed destination. */
export function decideReturn(input: ReturnInput): Decision<ReturnPlan> {
  const { policy, order, customer, itemIndexes, refundMethodId } = input;
  const log = new RuleLog();
  const refused =
    checkStatus(log, policy, "return", order) ??
    checkDeliveryWindow(log, policy, "return", order, input.now, input.qualityIssue ?? false) ??
    checkSelection(log, "return", order, itemIndexes);
  if (refused) return refused;
  const own = checkOwnMethod(log, "return.refund_method_saved", customer, refundMethodId);
  if ("refusal" in own) return own.refusal;
  const original = originalPaymentMethodId(order);
  const fits: Record<RefundDestination, boolean> = {
    original: refundMethodId === original,
    gift_card: own.method.kind === "gift_card",
    any_existing: true,
  };
  const ok = policy.returnRefundTo.some((d) => fits[d]);
  const allowed = policy.returnRefundTo.map((d) => DESTINATION_WORDS[d]);
  if (
    !log.check("return.refund_destination", ok, {
      en: `${refundMethodId} (${own.method.kind}); original ${original ?? "none"}; allowed: ${policy.returnRefundTo.join(", ")}`,
      zh: `${refundMethodId}（${own.method.kind}）；原支付方式 ${original ?? "无"}；允许：${policy.returnRefundTo.join("、")}`,
    })
  ) {
    return log.refuse("INVALID_REFUND_METHOD", {
      en: `The refund can only go to ${allowed.map((w) => w[0]).join(" or ")}.`,
      zh: `退款只能退回${allowed.map((w) => w[1]).join("或")}。`,
    });
  }
  const refundCents = itemIndexes.reduce((sum, i) => sum + (order.items[i]?.priceCents ?? 0), 0);
  const refundImmediate = own.method.kind === "gift_card";
  return log.allow({
    itemIndexes,
    refundCents,
    refundMethodId,
    refundImmediate,
    refundTiming: refundTimingText(policy, refundImmediate),
  });
}
