import { paymentLabel, statusLabel, trackingLabel } from "../../domain/dialog/labels.js";
import { isCatalogueTopic, isDataTopic, kbQueryHint, type QuestionTopic } from "../../domain/dialog/question-topics.js";
import type { ShopPolicy } from "../../domain/policy/shop-policy.js";
import type { Order } from "../../domain/shop/order.js";
import { answerProductQuestion } from "./answer-product-question.js";
import { ownOrder, slotCommand } from "./flow-slots.js";
import { itemLabel, money, orderCard } from "./order-views.js";
import { append, say, type TurnContext } from "./turn-context.js";

const DESTINATIONS = {
  original: ["the original payment method", "原支付方式"],
  gift_card: ["a gift card", "礼品卡"],
  any_existing: ["any saved payment method", "任一已保存的支付方式"],
} as const;

/** Answers a policy question from the live shop policy; false when the policy says nothing about it. */
function answerFromPolicy(ctx: TurnContext, topic: QuestionTopic, policy: ShopPolicy): boolean {
  const zh = ctx.locale === "zh";
  const step = { facts: [], step: `policy:${topic}` };
  switch (topic) {
    case "return_window":
      if (policy.returnWindowDays === null) say(ctx, "policy_return_anytime", {}, step);
      else say(ctx, "policy_return_window", { days: policy.returnWindowDays }, step);
      if (policy.noReasonReturnDays !== null) append(ctx, "policy_no_reason", { days: policy.noReasonReturnDays });
      return true;
    case "exchange_window":
      if (policy.exchangeWindowDays === null) return false;
      say(ctx, "policy_exchange_window", { days: policy.exchangeWindowDays }, step);
      return true;
    case "refund_timing":
      say(
        ctx,
        "plain",
        { text: `${policy.refundTiming.other[ctx.locale]} ${policy.refundTiming.giftCard[ctx.locale]}` },
        step,
      );
      return true;
    case "refund_destination": {
      const where = policy.returnRefundTo.map((d) => DESTINATIONS[d][zh ? 1 : 0]);
      say(ctx, "policy_refund_to", { where: where.join(zh ? "或" : " or ") }, step);
      return true;
    }
    case "cancel_rule":
      say(
        ctx,
        "policy_cancel",
        { statuses: policy.statuses.cancel.map((s) => statusLabel(s, ctx.locale)).join(zh ? "或" : " or ") },
        step,
      );
      return true;
    default:
      return false;
  }
}

/** The order a data question is about: named in the message, the active flow's, else the latest. */
async function questionOrder(ctx: TurnContext, topic: QuestionTopic): Promise<Order | undefined> {
  const named = slotCommand(ctx.understanding.commands, "order_id");
  if (named?.type === "set_slot" && typeof named.value === "string") return ownOrder(ctx, named.value);
  const current = ctx.state.active?.slots.orderId ?? ctx.state.refused?.slots.orderId;
  if (current) {
    const order = await ownOrder(ctx, current);
    if (order) return order;
  }
  if (!ctx.customer) return undefined;
  const orders = [...(await ctx.deps.reads.ordersOf(ctx.customer.id))].sort((a, b) =>
    (b.placedAt ?? "").localeCompare(a.placedAt ?? ""),
  );
  if (topic === "arrival" || topic === "tracking") {
    const moving = orders.find((o) => ["processed", "shipped"].includes(o.status));
    if (moving) return moving;
  }
  return orders[0];
}

function arrivalText(ctx: TurnContext, order: Order): string {
  const zh = ctx.locale === "zh";
  const status = statusLabel(order.status, ctx.locale);
  const latest = order.fulfillments.flatMap((f) => f.events).at(-1);
  if (order.status === "delivered" || latest?.status === "delivered") {
    const at = (order.deliveredAt ?? latest?.at ?? "").slice(0, 10);
    return zh ? `已于 ${at} 送达。` : `it was delivered on ${at}.`;
  }
  const tracking = order.fulfillments.flatMap((f) => f.trackingIds.map((t) => (f.carrier ? `${t} (${f.carrier})` : t)));
  if (latest) {
    const ids = tracking.length
      ? zh
        ? `物流单号 ${tracking.join(", ")}，`
        : ` (tracking ${tracking.join(", ")})`
      : "";
    const scan = `${trackingLabel(latest.status, ctx.locale)} ${latest.location} ${latest.at.slice(0, 10)}`.trim();
    return zh ? `当前状态：${status}，${ids}最新物流：${scan}。` : `it is ${status}${ids}; latest scan: ${scan}.`;
  }
  return zh
    ? `当前状态：${status}，还没有物流信息，发货后可以查询。`
    : `it is ${status} and has not shipped yet, so there is no delivery date yet.`;
}

/** Answers a question about the verified shopper's own data. */
async function answerFromData(ctx: TurnContext, topic: QuestionTopic): Promise<boolean> {
  const customer = ctx.customer;
  if (!customer) return false;
  const step = { step: `data:${topic}` };
  if (topic === "gift_card_balance") {
    const cards = customer.paymentMethods.filter((m) => m.kind === "gift_card");
    const anyOrder = await questionOrder(ctx, topic);
    const fmt = (c: number) => (anyOrder ? money(anyOrder, c, ctx.locale) : String(c / 100));
    if (cards.length === 0) say(ctx, "data_no_gift_card", {}, { ...step, facts: [] });
    else say(ctx, "data_gift_cards", { balances: cards.map((m) => paymentLabel(m, ctx.locale, fmt)).join(", ") }, step);
    return true;
  }
  const order = await questionOrder(ctx, topic);
  if (!order) return false;
  if (topic === "order_items") {
    const items = order.items.map((i) => itemLabel(i)).join(ctx.locale === "zh" ? "；" : "; ");
    say(ctx, "data_items", { orderId: order.id, status: statusLabel(order.status, ctx.locale), items }, step);
    return true;
  }
  if (topic === "amount_paid") {
    const paid = order.payments.filter((p) => p.type === "payment");
    const total = paid.reduce((sum, p) => sum + p.amountCents, 0);
    const methods = paid
      .map((p) => customer.paymentMethods.find((m) => m.id === p.paymentMethodId))
      .map((m) => (m ? paymentLabel(m, ctx.locale, (c) => money(order, c, ctx.locale)) : ""))
      .filter(Boolean);
    say(
      ctx,
      "data_paid",
      { orderId: order.id, total: money(order, total, ctx.locale), methods: methods.join(", ") },
      step,
    );
    return true;
  }
  if (topic === "tracking") {
    const ids = order.fulfillments.flatMap((f) => f.trackingIds.map((t) => (f.carrier ? `${t} (${f.carrier})` : t)));
    if (ids.length) say(ctx, "data_tracking", { orderId: order.id, tracking: ids.join(", ") }, step);
    else say(ctx, "data_no_tracking", { orderId: order.id, status: statusLabel(order.status, ctx.locale) }, step);
    return true;
  }
  if (topic === "arrival") {
    say(
      ctx,
      "data_arrival",
      { orderId: order.id, when: arrivalText(ctx, order) },
      { ...step, orderCards: [orderCard(order, ctx.locale)] },
    );
    return true;
  }
  return false;
}

/**
 * Answers from the KB with a citation; false when nothing clears the threshold. With `about`, only an article
 * whose title or tags match it will do ("how long do refunds take?" is not answered by the shipping article,
 * which shares "takes" with it).
 */
export async function answerFromKb(ctx: TurnContext, query: string, about?: RegExp): Promise<boolean> {
  const hit = about
    ? (await ctx.deps.kb.search(query, { locale: ctx.locale, limit: 5 })).find(
        (h) => h.answerable && about.test(`${h.article.title} ${h.article.tags.join(" ")}`),
      )
    : await ctx.deps.kb.best(query, ctx.locale);
  if (!hit) return false;
  say(
    ctx,
    "kb_answer",
    { body: hit.article.body, title: hit.article.title },
    { facts: [], citations: [{ articleId: hit.article.id, title: hit.article.title }], step: "kb_answer" },
  );
  return true;
}

/**
 * Answers a question: the live shop policy where it applies (not a possibly stale article), else
 * the shopper's own data, else the KB with a citation. Returns whether something was said.
 */
export async function answerQuestion(ctx: TurnContext, topic: QuestionTopic): Promise<boolean> {
  // Refund timing is prose the shop writes in its KB; the policy's line is the fallback.
  let answered = topic === "refund_timing" && (await answerFromKb(ctx, ctx.text, /refund|退款/i));
  if (!answered) answered = answerFromPolicy(ctx, topic, await ctx.deps.reads.policy());
  // An unverified shopper's data question goes on to the flows (order status asks who they are).
  // Catalogue facts are public: no verification needed.
  if (!answered && isCatalogueTopic(topic)) {
    answered = await answerProductQuestion(ctx, topic);
  }
  if (!answered && isDataTopic(topic)) {
    if (!ctx.customer) return false;
    answered = await answerFromData(ctx, topic);
  }
  if (!answered) answered = await answerFromKb(ctx, ctx.text);
  const hint = answered ? undefined : kbQueryHint(ctx.text);
  if (hint) answered = await answerFromKb(ctx, hint);
  if (answered) {
    ctx.state = { ...ctx.state, failures: 0, lowConfidence: 0 };
    ctx.progressed = true;
  }
  return answered;
}
