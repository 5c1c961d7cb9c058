import type { Actor } from "../../../domain/audit/audit-event.js";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import type { WebhookDeps } from "./webhook-deps.js";

/** Removes an endpoint; its pending deliveries fail on their next attempt. Audited. */
export async function deleteWebhookEndpoint(
  deps: Pick<WebhookDeps, "store" | "clock" | "ids">,
  input: { id: string; actor: Actor },
): Promise<void> {
  await deps.store.transaction(async (tx) => {
    if (!(await tx.webhookEndpoints.delete(input.id)))
      throw new KefuError("NOT_FOUND", `No webhook endpoint ${input.id}`);
    await tx.audit.append({
      id: deps.ids.next("aud"),
      at: deps.clock.nowIso(),
      actor: input.actor,
      action: "webhook.delete",
      entityType: "webhook_endpoint",
      entityId: input.id,
      details: {},
    });
  });
}
