import type { Clock } from "../../application/ports/clock.js";
import type { JobQueue } from "../../application/ports/job-queue.js";
import type { Logger } from "../../application/ports/logger.js";
import type { Store } from "../../application/ports/store.js";
import { type BullmqJobQueueOptions, createBullmqJobQueue } from "./bullmq-job-queue.js";
import { createLocalJobQueue } from "./local-job-queue.js";

/** A queue that can also run what is due now and stop (CLI runs), and says which backend it is. */
export interface SelectedJobQueue extends JobQueue {
  readonly kind: "bullmq" | "local";
  /** Runs the jobs due now in this process until none is left; returns how many ran. */
  drainDue(): Promise<number>;
}

/** The job queue for this deployment: BullMQ when REDIS_URL is set, else in-process over the jobs table. */
export function createJobQueue(options: {
  redisUrl: string | undefined;
  store: Store;
  clock: Clock;
  logger: Logger;
  /** Queue name, key prefix and timings for BullMQ (tests use their own prefix). */
  bullmq?: Omit<BullmqJobQueueOptions, "logger">;
}): SelectedJobQueue {
  if (options.redisUrl) {
    return Object.assign(createBullmqJobQueue(options.redisUrl, { ...options.bullmq, logger: options.logger }), {
      kind: "bullmq" as const,
    });
  }
  return Object.assign(createLocalJobQueue(options.store.jobs, options.clock, options.logger), {
    kind: "local" as const,
  });
}
