import {
  DEFAULT_RETRY_DELAYS_MS,
  nextRetryDelay,
  type WebhookDelivery,
} from "../../../domain/webhooks/webhook-endpoint.js";
import { scheduleDeliveryAttempt } from "./schedule-delivery-attempt.js";
import type { WebhookDeps } from "./webhook-deps.js";

/**
 * Makes one attempt at a pending delivery and records it. A 2xx marks it delivered; anything else
 * schedules the next attempt on the retry schedule, or marks it failed once the schedule is used up.
 */
export async function deliverWebhook(deps: WebhookDeps, deliveryId: string): Promise<WebhookDelivery | undefined> {
  const delivery = await deps.store.webhookDeliveries.get(deliveryId);
  if (delivery?.status !== "pending") return delivery;
  const endpoint = await deps.store.webhookEndpoints.get(delivery.endpointId);
  const now = deps.clock.now();
  if (!endpoint?.enabled) {
    const failed: WebhookDelivery = {
      ...delivery,
      status: "failed",
      nextAttemptAt: undefined,
      attempts: [...delivery.attempts, { at: now.toISOString(), error: "endpoint removed or disabled", durationMs: 0 }],
    };
    await deps.store.webhookDeliveries.update(failed);
    return failed;
  }
  const result = await deps.sender.send({
    url: endpoint.url,
    secret: endpoint.secret,
    eventId: delivery.eventId,
    body: delivery.body,
    timestampSec: Math.floor(now.getTime() / 1000),
  });
  const attempt =
    "statusCode" in result
      ? { at: now.toISOString(), statusCode: result.statusCode, durationMs: result.durationMs }
      : { at: now.toISOString(), error: result.error.slice(0, 500), durationMs: result.durationMs };
  const attempts = [...delivery.attempts, attempt];
  if ("statusCode" in result && result.statusCode >= 200 && result.statusCode < 300) {
    const done: WebhookDelivery = {
      ...delivery,
      attempts,
      status: "delivered",
      nextAttemptAt: undefined,
      deliveredAt: now.toISOString(),
    };
    await deps.store.webhookDeliveries.update(done);
    return done;
  }
  const delay = nextRetryDelay(attempts.length, deps.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS);
  const next: WebhookDelivery =
    delay === undefined
      ? { ...delivery, attempts, status: "failed", nextAttemptAt: undefined }
      : { ...delivery, attempts, nextAttemptAt: new Date(now.getTime() + delay).toISOString() };
  await deps.store.webhookDeliveries.update(next);
  if (next.status === "pending") await scheduleDeliveryAttempt(deps, next);
  deps.logger.warn(
    { deliveryId, endpointId: endpoint.id, attempt: attempts.length, status: next.status },
    "webhook delivery attempt failed",
  );
  return next;
}
