import type { Conversation } from "../conversation/conversation.js";
import type { Order } from "../shop/order.js";
import { FOLLOWUP_JOB, type FollowupRules } from "./followup-rules.js";
import { nextAllowedTime } from "./quiet-hours.js";

/** What a follow-up job carries. */
export interface FollowupPayload {
  [key: string]: unknown;
  kind: "delivery" | "resolved";
  customerId: string;
  orderId?: string;
  conversationId?: string;
}

/** A follow-up to schedule; `dedupeKey` makes it at most one per order (or per conversation without one). */
export interface PlannedFollowup {
  type: typeof FOLLOWUP_JOB;
  runAt: string;
  dedupeKey: string;
  payload: FollowupPayload;
}

const HOUR = 3_600_000;

/** When an order was delivered: `deliveredAt`, else its last "delivered" tracking scan. */
export function deliveredAt(order: Order): string | undefined {
  if (order.deliveredAt) return order.deliveredAt;
  const scans = order.fulfillments.flatMap((f) => f.events.filter((e) => e.status === "delivered").map((e) => e.at));
  return scans.sort().at(-1);
}

/** The order a conversation was about, if the dialog state names one. */
export function conversationOrderId(conversation: Conversation): string | undefined {
  const value = conversation.state.orderId;
  return typeof value === "string" && value !== "" ? value : undefined;
}

/**
 * Follow-ups due for delivered orders and resolved conversations under the shop's rules:
 * delayed by the rule, moved out of quiet hours, never for opted-out shoppers or events older
 * than `maxAgeDays`, and at most one per order (the earliest wins).
 */
export function planFollowups(input: {
  orders: readonly Order[];
  conversations: readonly Conversation[];
  rules: FollowupRules;
  optedOut: ReadonlySet<string>;
  now: string;
}): PlannedFollowup[] {
  const { rules, optedOut } = input;
  if (!rules.enabled) return [];
  const now = Date.parse(input.now);
  const oldest = now - rules.maxAgeDays * 24 * HOUR;
  const planned = new Map<string, PlannedFollowup>();
  const add = (eventAt: string, delayHours: number, payload: FollowupPayload) => {
    const at = Date.parse(eventAt);
    if (Number.isNaN(at) || at < oldest || optedOut.has(payload.customerId)) return;
    const due = new Date(Math.max(at + delayHours * HOUR, now));
    const runAt = nextAllowedTime(due, rules.quietHours, rules.timeZone).toISOString();
    const dedupeKey = payload.orderId
      ? `followup:order:${payload.orderId}`
      : `followup:conversation:${payload.conversationId ?? ""}`;
    const existing = planned.get(dedupeKey);
    if (!existing || runAt < existing.runAt) planned.set(dedupeKey, { type: FOLLOWUP_JOB, runAt, dedupeKey, payload });
  };
  if (rules.afterDelivery.enabled) {
    for (const order of input.orders) {
      const at = order.status === "delivered" ? deliveredAt(order) : undefined;
      if (at)
        add(at, rules.afterDelivery.delayHours, { kind: "delivery", customerId: order.customerId, orderId: order.id });
    }
  }
  if (rules.afterResolved.enabled) {
    for (const c of input.conversations) {
      if (c.status !== "resolved" || !c.resolvedAt || !c.verifiedCustomerId) continue;
      const orderId = conversationOrderId(c);
      add(c.resolvedAt, rules.afterResolved.delayHours, {
        kind: "resolved",
        customerId: c.verifiedCustomerId,
        conversationId: c.id,
        ...(orderId ? { orderId } : {}),
      });
    }
  }
  return [...planned.values()].sort((a, b) => a.runAt.localeCompare(b.runAt) || a.dedupeKey.localeCompare(b.dedupeKey));
}
