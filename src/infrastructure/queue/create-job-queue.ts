import type { Clock } from "../../application/ports/clock.js";
import type { JobQueue } from "../../application/ports/job-queue.js";
import type { Logger } from "../../application/ports/logger.js";
import type { Store } from "../../application/ports/store.js";
import { type BullmqJobQueueOptions, createBullmqJobQueue } from "./bullmq-job-queue.js";
import { createLocalJobQueue } from "./local-job-queue.js";

/** The job queue for this deployment: BullMQ when REDIS_URL is set, else in-process over the jobs table. */
export function createJobQueue(options: {
  redisUrl: string | undefined;
  store: Store;
  clock: Clock;
  logger: Logger;
  /** Queue name, key prefix and timings for BullMQ (tests use their own prefix). */
  bullmq?: Omit<BullmqJobQueueOptions, "logger">;
}): JobQueue {
  if (options.redisUrl) return createBullmqJobQueue(options.redisUrl, { ...options.bullmq, logger: options.logger });
  return createLocalJobQueue(options.store.jobs, options.clock, options.logger);
}
