import { webhookEventFromAudit } from "../../../domain/webhooks/webhook-event.js";
import { enqueueWebhookEvent } from "./enqueue-webhook-event.js";
import type { WebhookDeps } from "./webhook-deps.js";

const CURSOR_KEY = "webhooks.relayCursor";
/** Re-reads this far behind the cursor: a transaction stamped earlier may commit after a later one. */
const OVERLAP_MS = 60_000;
const PAGE = 200;

/**
 * Turns new audit events into webhook deliveries. The audit log is written in the same transaction
 * as each action, so nothing that happened is missed; deliveries are unique per (endpoint, event), so
 * the overlap and several instances relaying at once never send an event twice.
 */
export async function relayWebhookEvents(
  deps: Pick<WebhookDeps, "store" | "queue" | "clock" | "ids">,
): Promise<number> {
  const endpoints = (await deps.store.webhookEndpoints.list()).filter((e) => e.enabled);
  const startedAt = deps.clock.now();
  const stored = await deps.store.settings.get(CURSOR_KEY);
  const cursor = typeof stored === "string" ? stored : startedAt.toISOString();
  if (endpoints.length === 0) {
    await deps.store.settings.set(CURSOR_KEY, startedAt.toISOString());
    return 0;
  }
  const since = new Date(new Date(cursor).getTime() - OVERLAP_MS).toISOString();
  let created = 0;
  for (let offset = 0; ; offset += PAGE) {
    const page = await deps.store.audit.list({ since, offset, limit: PAGE });
    for (const audit of page.items) {
      const event = webhookEventFromAudit(audit);
      if (event) created += await enqueueWebhookEvent(deps, event, endpoints);
    }
    if (offset + PAGE >= page.total) break;
  }
  await deps.store.settings.set(CURSOR_KEY, startedAt.toISOString());
  return created;
}
