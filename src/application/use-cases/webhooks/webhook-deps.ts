import type { Clock } from "../../ports/clock.js";
import type { IdGenerator } from "../../ports/id-generator.js";
import type { JobQueue } from "../../ports/job-queue.js";
import type { Logger } from "../../ports/logger.js";
import type { Store } from "../../ports/store.js";
import type { WebhookSender } from "../../ports/webhook-sender.js";

/** Job type of one delivery attempt. */
export const WEBHOOK_DELIVERY_JOB = "webhook.deliver";

/** What the webhook use cases run on. */
export interface WebhookDeps {
  store: Store;
  clock: Clock;
  ids: IdGenerator;
  logger: Logger;
  queue: Pick<JobQueue, "schedule">;
  sender: WebhookSender;
  /** A fresh signing secret (random, at least 32 bytes of entropy). */
  newSecret: () => string;
  /** Waits between failed attempts; the delivery fails for good once they run out. */
  retryDelaysMs?: readonly number[];
}
