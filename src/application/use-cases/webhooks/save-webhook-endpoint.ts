import type { Actor } from "../../../domain/audit/audit-event.js";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import type { WebhookEndpoint } from "../../../domain/webhooks/webhook-endpoint.js";
import type { WebhookEventType } from "../../../domain/webhooks/webhook-event.js";
import type { WebhookDeps } from "./webhook-deps.js";

/** Fields an admin sets on an endpoint. */
export interface WebhookEndpointInput {
  url: string;
  description?: string;
  events?: WebhookEventType[];
  enabled?: boolean;
}

/** Creates an endpoint (with a fresh secret) or changes one; `rotateSecret` issues a new secret. Audited. */
export async function saveWebhookEndpoint(
  deps: Pick<WebhookDeps, "store" | "clock" | "ids" | "newSecret">,
  input: { id?: string; actor: Actor; changes: Partial<WebhookEndpointInput>; rotateSecret?: boolean },
): Promise<WebhookEndpoint> {
  const now = deps.clock.nowIso();
  return deps.store.transaction(async (tx) => {
    const existing = input.id ? await tx.webhookEndpoints.get(input.id) : undefined;
    if (input.id && !existing) throw new KefuError("NOT_FOUND", `No webhook endpoint ${input.id}`);
    const url = input.changes.url ?? existing?.url;
    if (!url) throw new KefuError("VALIDATION_FAILED", "A webhook endpoint needs a url");
    const endpoint: WebhookEndpoint = {
      id: existing?.id ?? deps.ids.next("whe"),
      url,
      description: input.changes.description ?? existing?.description ?? "",
      events: input.changes.events ?? existing?.events ?? [],
      enabled: input.changes.enabled ?? existing?.enabled ?? true,
      secret: existing && !input.rotateSecret ? existing.secret : deps.newSecret(),
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    await tx.webhookEndpoints.upsert(endpoint);
    await tx.audit.append({
      id: deps.ids.next("aud"),
      at: now,
      actor: input.actor,
      action: existing ? (input.rotateSecret ? "webhook.rotate_secret" : "webhook.update") : "webhook.create",
      entityType: "webhook_endpoint",
      entityId: endpoint.id,
      details: { url: endpoint.url, events: endpoint.events, enabled: endpoint.enabled },
    });
    return endpoint;
  });
}
