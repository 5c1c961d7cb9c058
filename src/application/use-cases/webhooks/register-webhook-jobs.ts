import { z } from "zod";
import type { JobQueue } from "../../ports/job-queue.js";
import { deliverWebhook } from "./deliver-webhook.js";
import { relayWebhookEvents } from "./relay-webhook-events.js";
import { WEBHOOK_DELIVERY_JOB, type WebhookDeps } from "./webhook-deps.js";

const DeliveryJob = z.object({ deliveryId: z.string().min(1) });

/** Registers the delivery handler on the deployment's queue (every process that runs jobs needs it). */
export function registerWebhookJobs(queue: Pick<JobQueue, "handle">, deps: WebhookDeps): void {
  queue.handle(WEBHOOK_DELIVERY_JOB, async (payload) => {
    await deliverWebhook(deps, DeliveryJob.parse(payload).deliveryId);
  });
}

/** Relays audit events to deliveries every `intervalMs`; returns a stop function. */
export function startWebhookRelay(deps: WebhookDeps, intervalMs = 2_000): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    relayWebhookEvents(deps)
      .catch((error: unknown) =>
        deps.logger.error({ error: error instanceof Error ? error.message : String(error) }, "webhook relay failed"),
      )
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
