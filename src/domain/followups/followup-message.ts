import type { QuickReply } from "../conversation/message.js";
import type { Locale } from "../locale.js";

/** Who and what a follow-up is about, for personalising the text. */
export interface FollowupContext {
  kind: "delivery" | "resolved";
  locale: Locale;
  /** Display name in the shopper's convention (customerDisplayName). */
  customerName: string;
  orderId?: string;
  /** Product names in the shopper's language. */
  productNames?: readonly string[];
  csatSurvey: boolean;
}

/** The bot message of a follow-up: text plus the widget payload (kind, survey, quick replies). */
export interface FollowupMessage {
  text: string;
  payload: Record<string, unknown>;
}

function productList(names: readonly string[], locale: Locale): string {
  const unique = [...new Set(names)];
  const shown = unique.slice(0, 2);
  const more = unique.length - shown.length;
  if (locale === "zh") return `${shown.join("、")}${more > 0 ? `等${unique.length}件商品` : ""}`;
  return `${shown.join(", ")}${more > 0 ? ` and ${more} more` : ""}`;
}

const SURVEY = {
  en: "How would you rate your experience with us? Tap 1 (poor) to 5 (excellent).",
  zh: "请为我们的服务打个分吧：1 分（很差）到 5 分（很好）。",
};

const REPLIES: Record<Locale, QuickReply[]> = {
  en: [
    { label: "All good, thanks", value: "All good, thanks" },
    { label: "I have a problem", value: "I have a problem with my order" },
  ],
  zh: [
    { label: "一切都好，谢谢", value: "一切都好，谢谢" },
    { label: "我遇到了问题", value: "我的订单遇到了问题" },
  ],
};

/** A personalised follow-up (回访) in the shopper's language, with an optional 1–5 CSAT survey. */
export function followupMessage(ctx: FollowupContext): FollowupMessage {
  const zh = ctx.locale === "zh";
  const products = ctx.productNames && ctx.productNames.length > 0 ? productList(ctx.productNames, ctx.locale) : "";
  let text: string;
  if (ctx.kind === "delivery") {
    const what = zh
      ? `您的订单 ${ctx.orderId ?? ""}${products ? `（${products}）` : ""}已经签收几天了`
      : `your order ${ctx.orderId ?? ""}${products ? ` (${products})` : ""} arrived a few days ago`;
    text = zh
      ? `${ctx.customerName}您好，${what}，用得还满意吗？如有任何问题，直接在这里回复我们就好。`
      : `Hi ${ctx.customerName}, ${what}. Is everything as expected? If anything is wrong, just reply here and we'll sort it out.`;
  } else {
    text = zh
      ? `${ctx.customerName}您好，想跟进一下您之前咨询的问题${ctx.orderId ? `（订单 ${ctx.orderId}）` : ""}，现在都解决了吗？`
      : `Hi ${ctx.customerName}, following up on your recent conversation with us${ctx.orderId ? ` about order ${ctx.orderId}` : ""}. Is everything sorted now?`;
  }
  if (ctx.csatSurvey) text += `\n${SURVEY[ctx.locale]}`;
  const ratings: QuickReply[] = ctx.csatSurvey
    ? [1, 2, 3, 4, 5].map((n) => ({ label: "★".repeat(n), value: String(n) }))
    : [];
  return {
    text,
    payload: {
      kind: "followup",
      followupKind: ctx.kind,
      ...(ctx.orderId ? { orderId: ctx.orderId } : {}),
      ...(ctx.csatSurvey ? { csatSurvey: { min: 1, max: 5 } } : {}),
      quickReplies: [...ratings, ...REPLIES[ctx.locale]],
    },
  };
}
