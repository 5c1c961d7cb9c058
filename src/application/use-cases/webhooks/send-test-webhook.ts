import { KefuError } from "../../../domain/errors/kefu-error.js";
import type { WebhookDelivery } from "../../../domain/webhooks/webhook-endpoint.js";
import { enqueueWebhookEvent } from "./enqueue-webhook-event.js";
import type { WebhookDeps } from "./webhook-deps.js";

/** Queues a `webhook.test` event to one endpoint so an admin can check the receiver and its signature check. */
export async function sendTestWebhook(
  deps: Pick<WebhookDeps, "store" | "clock" | "ids" | "queue">,
  endpointId: string,
): Promise<WebhookDelivery> {
  const endpoint = await deps.store.webhookEndpoints.get(endpointId);
  if (!endpoint) throw new KefuError("NOT_FOUND", `No webhook endpoint ${endpointId}`);
  const event = { id: deps.ids.next("evt"), type: "webhook.test" as const, occurredAt: deps.clock.nowIso(), data: {} };
  await enqueueWebhookEvent(deps, event, [{ ...endpoint, enabled: true }]);
  const page = await deps.store.webhookDeliveries.listByEndpoint(endpointId, { limit: 20 });
  const delivery = page.items.find((d) => d.eventId === event.id);
  if (!delivery) throw new KefuError("INTERNAL", "The test delivery was not stored");
  return delivery;
}
