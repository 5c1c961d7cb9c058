import type { WebhookDelivery, WebhookEndpoint } from "../../../domain/webhooks/webhook-endpoint.js";
import { endpointWants, type WebhookEvent } from "../../../domain/webhooks/webhook-event.js";
import { scheduleDeliveryAttempt } from "./schedule-delivery-attempt.js";
import type { WebhookDeps } from "./webhook-deps.js";

/** The JSON body receivers get; built once so every retry sends (and signs) the same bytes. */
export function webhookBody(event: WebhookEvent): string {
  return JSON.stringify({ id: event.id, type: event.type, occurredAt: event.occurredAt, data: event.data });
}

/** Creates a delivery of `event` for each endpoint that wants it; returns how many were new. */
export async function enqueueWebhookEvent(
  deps: Pick<WebhookDeps, "store" | "queue" | "clock" | "ids">,
  event: WebhookEvent,
  endpoints: readonly WebhookEndpoint[],
): Promise<number> {
  let created = 0;
  for (const endpoint of endpoints) {
    if (!endpoint.enabled || !endpointWants(endpoint.events, event.type)) continue;
    // A new receiver gets what happens from now on, not the shop's history.
    if (event.type !== "webhook.test" && event.occurredAt < endpoint.createdAt) continue;
    const delivery: WebhookDelivery = {
      id: deps.ids.next("whd"),
      endpointId: endpoint.id,
      eventId: event.id,
      eventType: event.type,
      body: webhookBody(event),
      status: "pending",
      attempts: [],
      createdAt: deps.clock.nowIso(),
    };
    if (!(await deps.store.webhookDeliveries.createIfAbsent(delivery))) continue;
    await scheduleDeliveryAttempt(deps, delivery);
    created += 1;
  }
  return created;
}
