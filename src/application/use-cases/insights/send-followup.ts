import { z } from "zod";
import type { Conversation } from "../../../domain/conversation/conversation.js";
import { followupMessage } from "../../../domain/followups/followup-message.js";
import { nextAllowedTime } from "../../../domain/followups/quiet-hours.js";
import { parseValue } from "../../../domain/parse-json.js";
import { customerDisplayName } from "../../../domain/shop/customer.js";
import type { Repositories } from "../../ports/store.js";
import { loadFollowupRules, loadOptOuts } from "./followup-settings.js";
import type { InsightsDeps } from "./insights-deps.js";

/** The payload of a `followup.send` job, as planned by planFollowups. */
export const FollowupJobPayload = z.object({
  kind: z.enum(["delivery", "resolved"]),
  customerId: z.string().min(1),
  orderId: z.string().min(1).optional(),
  conversationId: z.string().min(1).optional(),
});
export type FollowupJobPayload = z.infer<typeof FollowupJobPayload>;

export type FollowupOutcome =
  | { sent: true; conversationId: string; messageId: string }
  | { sent: false; reason: "disabled" | "opted_out" | "unknown_customer" | "order_changed" | "already_sent" }
  /** The job ran late or was retried into the quiet hours: send it again at `retryAt`. */
  | { sent: false; reason: "quiet_hours"; retryAt: string };

/** Conversation id for a follow-up, fixed per subject so a retried job reuses it. */
function followupConversationId(p: FollowupJobPayload): string {
  const subject = p.orderId ?? p.conversationId ?? p.customerId;
  return `conv_followup_${subject.replace(/[^A-Za-z0-9_-]/g, "_")}`;
}

/**
 * Sends one follow-up (回访): a personalised bot message, with a CSAT survey if the rules ask,
 * posted into the conversation it follows up or a new one for the order. Skips opted-out
 * shoppers and orders no longer delivered; idempotent, so a retried job never posts twice.
 */
export async function sendFollowup(deps: InsightsDeps, rawPayload: unknown): Promise<FollowupOutcome> {
  const payload = parseValue(FollowupJobPayload, rawPayload, "follow-up job");
  const rules = await loadFollowupRules(deps.store.settings);
  if (!rules.enabled) return { sent: false, reason: "disabled" };
  if ((await loadOptOuts(deps.store.settings)).has(payload.customerId)) return { sent: false, reason: "opted_out" };
  // Planning avoided the quiet hours, but a job delayed by downtime or retries may land in them.
  const allowed = nextAllowedTime(deps.clock.now(), rules.quietHours, rules.timeZone);
  if (allowed.getTime() > deps.clock.now().getTime()) {
    return { sent: false, reason: "quiet_hours", retryAt: allowed.toISOString() };
  }
  const customer = await deps.store.customers.get(payload.customerId);
  if (!customer) return { sent: false, reason: "unknown_customer" };
  const order = payload.orderId ? await deps.store.orders.get(payload.orderId) : undefined;
  // A delivery follow-up makes no sense once the shopper started a return or the order vanished.
  if (payload.kind === "delivery" && order?.status !== "delivered") return { sent: false, reason: "order_changed" };
  const products = order ? await Promise.all(order.items.map((i) => deps.store.products.get(i.productId))) : [];
  const productNames = (order?.items ?? []).map((item, i) => {
    const p = products[i];
    return customer.locale === "zh" ? (p?.nameZh ?? item.name) : item.name;
  });
  const message = followupMessage({
    kind: payload.kind,
    locale: customer.locale,
    customerName: customerDisplayName(customer),
    ...(payload.orderId ? { orderId: payload.orderId } : {}),
    productNames,
    csatSurvey: rules.csatSurvey,
  });
  const now = deps.clock.nowIso();
  const result = await deps.store.transaction(async (tx) => {
    const conversation = await followupConversation(tx, payload, rules.channel, customer.locale, now);
    const appended = await tx.messages.append({
      conversationId: conversation.id,
      author: "bot",
      text: message.text,
      payload: message.payload,
      explanation: { followup: payload.kind, rule: payload.kind === "delivery" ? "afterDelivery" : "afterResolved" },
      clientMessageId: `followup:${payload.orderId ?? payload.conversationId ?? payload.customerId}`,
      createdAt: now,
    });
    if (appended.duplicate) return undefined;
    await tx.audit.append({
      id: deps.ids.next("aud"),
      at: now,
      actor: { type: "system", id: "followups" },
      action: "followup.send",
      entityType: payload.orderId ? "order" : "conversation",
      entityId: payload.orderId ?? conversation.id,
      details: { kind: payload.kind, conversationId: conversation.id, customerId: payload.customerId },
    });
    return { conversation, message: appended.message };
  });
  if (!result) return { sent: false, reason: "already_sent" };
  await deps.eventBus
    ?.publish({ type: "message.created", conversationId: result.conversation.id, message: result.message })
    .catch((error: unknown) => deps.logger.warn({ error: String(error) }, "follow-up publish failed"));
  deps.logger.info({ conversationId: result.conversation.id, kind: payload.kind }, "follow-up sent");
  return { sent: true, conversationId: result.conversation.id, messageId: result.message.id };
}

async function followupConversation(
  tx: Repositories,
  payload: FollowupJobPayload,
  channel: "widget" | "api",
  locale: Conversation["locale"],
  now: string,
): Promise<Conversation> {
  if (payload.conversationId) {
    const existing = await tx.conversations.get(payload.conversationId);
    if (existing) return existing;
  }
  const id = followupConversationId(payload);
  const existing = await tx.conversations.get(id);
  if (existing) return existing;
  const created: Conversation = {
    id,
    channel,
    locale,
    status: "bot",
    verifiedCustomerId: payload.customerId,
    // origin lets the service metrics leave out follow-ups the shopper never answered.
    state: { origin: "followup", followupKind: payload.kind, ...(payload.orderId ? { orderId: payload.orderId } : {}) },
    createdAt: now,
    updatedAt: now,
    lastSeq: 0,
  };
  await tx.conversations.create(created);
  return created;
}
