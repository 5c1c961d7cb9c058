import type { Message } from "../../../domain/conversation/message.js";
import { render } from "../../../domain/dialog/templates.js";
import type { Locale } from "../../../domain/locale.js";
import { formatMoney } from "../../../domain/money.js";
import type { ShopPolicy } from "../../../domain/policy/shop-policy.js";
import type { AfterSalesRequest } from "../../../domain/shop/after-sales-request.js";
import type { Order } from "../../../domain/shop/order.js";
import type { Repositories } from "../../ports/store.js";

const KIND: Record<AfterSalesRequest["kind"], [string, string]> = {
  cancel: ["cancellation", "取消"],
  return: ["return", "退货"],
  exchange: ["exchange", "换货"],
  modify_items: ["item change", "商品修改"],
  modify_address: ["address change", "地址修改"],
  modify_payment: ["payment change", "支付方式修改"],
  invoice: ["invoice", "发票"],
  warranty: ["warranty", "保修"],
  complaint: ["complaint", "投诉"],
};

/** What an approval means for the shopper, in their language. */
function approvedDetail(
  request: AfterSalesRequest,
  order: Order | undefined,
  policy: ShopPolicy,
  locale: Locale,
): string {
  const zh = locale === "zh";
  if (request.kind === "return" && order) {
    const amount = formatMoney(request.amountCents, order.currency, locale);
    const giftCard = order.payments.every((p) => p.paymentMethodId !== request.refundMethodId);
    const timing = policy.refundTiming[giftCard ? "giftCard" : "other"][locale];
    return zh ? `退款 ${amount} 已发起。${timing}` : `The refund of ${amount} has been issued. ${timing}`;
  }
  if (request.kind === "exchange")
    return zh ? "换货已完成处理，新商品将寄给您。" : "The exchange is done; the new item will be sent to you.";
  return zh ? "我们的团队会跟进处理。" : "Our team will follow up with you.";
}

/**
 * Tells the shopper, in the conversation that created the request and in its language, that staff
 * approved or rejected it (with the reason on rejection). Written in the review's transaction.
 */
export async function postReviewNotice(
  tx: Repositories,
  input: {
    request: AfterSalesRequest;
    order: Order | undefined;
    decision: "approve" | "reject";
    note: string;
    policy: ShopPolicy;
    now: string;
  },
): Promise<Message | undefined> {
  const { request } = input;
  if (!request.conversationId) return undefined;
  const conversation = await tx.conversations.get(request.conversationId);
  if (!conversation) return undefined;
  const locale = conversation.locale;
  const kind = KIND[request.kind][locale === "zh" ? 1 : 0];
  const text =
    input.decision === "approve"
      ? render("review_approved", locale, {
          kind,
          orderId: request.orderId,
          detail: approvedDetail(request, input.order, input.policy, locale),
        })
      : render("review_rejected", locale, {
          kind,
          orderId: request.orderId,
          reason: input.note.trim() || (locale === "zh" ? "未说明" : "not given"),
        });
  const { message } = await tx.messages.append({
    conversationId: conversation.id,
    author: "bot",
    text,
    payload: {},
    explanation: { step: `review:${input.decision}`, requestId: request.id },
    clientMessageId: `review-${request.id}-${input.decision}`,
  });
  await tx.conversations.update({ ...conversation, updatedAt: input.now, lastSeq: message.seq });
  return message;
}
