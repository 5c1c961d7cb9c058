import type { Actor } from "../../../domain/audit/audit-event.js";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import type { WebhookDelivery } from "../../../domain/webhooks/webhook-endpoint.js";
import { scheduleDeliveryAttempt } from "./schedule-delivery-attempt.js";
import type { WebhookDeps } from "./webhook-deps.js";

/** Sends a delivery again now (the same event id and body, so receivers can dedupe). Audited. */
export async function replayWebhookDelivery(
  deps: Pick<WebhookDeps, "store" | "clock" | "ids" | "queue">,
  input: { deliveryId: string; actor: Actor },
): Promise<WebhookDelivery> {
  const now = deps.clock.nowIso();
  const replayed = await deps.store.transaction(async (tx) => {
    const delivery = await tx.webhookDeliveries.get(input.deliveryId);
    if (!delivery) throw new KefuError("NOT_FOUND", `No webhook delivery ${input.deliveryId}`);
    const next: WebhookDelivery = { ...delivery, status: "pending", nextAttemptAt: now, deliveredAt: undefined };
    await tx.webhookDeliveries.update(next);
    await tx.audit.append({
      id: deps.ids.next("aud"),
      at: now,
      actor: input.actor,
      action: "webhook.replay",
      entityType: "webhook_delivery",
      entityId: delivery.id,
      details: { endpointId: delivery.endpointId, eventId: delivery.eventId },
    });
    return next;
  });
  await scheduleDeliveryAttempt(deps, replayed, `replay-${now}`);
  return replayed;
}
