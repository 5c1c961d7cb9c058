import type { WebhookDelivery } from "../../../domain/webhooks/webhook-endpoint.js";
import { WEBHOOK_DELIVERY_JOB, type WebhookDeps } from "./webhook-deps.js";

/** Queues the next attempt of a delivery; the dedupe key makes a double schedule of one attempt a no-op. */
export async function scheduleDeliveryAttempt(
  deps: Pick<WebhookDeps, "queue" | "clock">,
  delivery: WebhookDelivery,
  tag = String(delivery.attempts.length + 1),
): Promise<void> {
  await deps.queue.schedule({
    type: WEBHOOK_DELIVERY_JOB,
    payload: { deliveryId: delivery.id },
    runAt: delivery.nextAttemptAt ?? deps.clock.nowIso(),
    dedupeKey: `webhook:${delivery.id}:${tag}`,
  });
}
