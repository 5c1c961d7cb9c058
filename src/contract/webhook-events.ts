// Kefu's outbound webhook event names: part of the public webhook contract, read by the server and the admin page.

/** Events an endpoint can subscribe to. */
export const SUBSCRIBABLE_WEBHOOK_EVENTS = [
  "conversation.created",
  "conversation.resolved",
  "handoff.created",
  "after_sales.request_created",
  "after_sales.request_approved",
  "after_sales.request_rejected",
  "order.changed",
  "csat.received",
] as const;

/** Every event type sent, including the admin's "Send test" event that reaches every endpoint. */
export const WEBHOOK_EVENT_TYPES = [...SUBSCRIBABLE_WEBHOOK_EVENTS, "webhook.test"] as const;
