import { z } from "zod";
import { WEBHOOK_EVENT_TYPES } from "../../contract/webhook-events.js";
import type { AuditEvent } from "../audit/audit-event.js";

/** Kefu's own events a shop can subscribe to; names are part of the public webhook contract. */
export const WebhookEventType = z.enum(WEBHOOK_EVENT_TYPES);
export type WebhookEventType = z.infer<typeof WebhookEventType>;

/** One event as sent: the audit event's id is the event id, so a re-scan never makes a second one. */
export interface WebhookEvent {
  id: string;
  type: WebhookEventType;
  occurredAt: string;
  data: Record<string, unknown>;
}

/** Audit actions that become webhook events. */
const BY_ACTION: Readonly<Record<string, WebhookEventType>> = {
  "conversation.open": "conversation.created",
  "conversation.resolve": "conversation.resolved",
  "conversation.handoff": "handoff.created",
  "order.return_request": "after_sales.request_created",
  "order.exchange_request": "after_sales.request_created",
  "after_sales.approve": "after_sales.request_approved",
  "after_sales.reject": "after_sales.request_rejected",
  "order.cancel": "order.changed",
  "order.modify_address": "order.changed",
  "order.modify_items": "order.changed",
  "order.modify_payment": "order.changed",
  "conversation.csat": "csat.received",
};

/** Detail keys safe to send to a third party: ids, amounts, statuses; never addresses, names or contact data. */
const SAFE_DETAILS = new Set([
  "requestId",
  "orderId",
  "conversationId",
  "kind",
  "status",
  "previousStatus",
  "amountCents",
  "refundCents",
  "itemIndexes",
  "rating",
  "reason",
  "priority",
  "channel",
]);

/** The webhook event an audit event stands for, if any, with only the safe part of its details. */
export function webhookEventFromAudit(audit: AuditEvent): WebhookEvent | undefined {
  // Service requests (warranty, invoice…) are audited as after_sales.request_<kind>.
  const type = audit.action.startsWith("after_sales.request_")
    ? "after_sales.request_created"
    : BY_ACTION[audit.action];
  if (!type) return undefined;
  const data: Record<string, unknown> = { action: audit.action, [`${audit.entityType}Id`]: audit.entityId };
  for (const [key, value] of Object.entries(audit.details)) if (SAFE_DETAILS.has(key)) data[key] = value;
  data.actor = audit.actor.type;
  return { id: audit.id, type, occurredAt: audit.at, data };
}

/** Whether an endpoint listening to `events` (empty: all) wants `type`. */
export function endpointWants(events: readonly WebhookEventType[], type: WebhookEventType): boolean {
  return type === "webhook.test" || events.length === 0 || events.includes(type);
}
