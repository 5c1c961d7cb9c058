import type { JobQueue } from "../../application/ports/job-queue.js";
import type { InsightsDeps } from "../../application/use-cases/insights/insights-deps.js";
import {
  registerFollowupJobs,
  startFollowupPlanning,
} from "../../application/use-cases/insights/register-followup-jobs.js";
import type { BullmqJobQueueOptions } from "./bullmq-job-queue.js";
import { createJobQueue } from "./create-job-queue.js";

/** The running job queue with follow-ups wired in; `stop()` lets jobs in hand finish first. */
export interface InsightsJobs {
  queue: JobQueue;
  /** "bullmq" when REDIS_URL is set, else "local" (the jobs table). */
  kind: "bullmq" | "local";
  stop(): Promise<void>;
}

/**
 * Starts background jobs with the server: picks the queue (BullMQ on REDIS_URL, else in-process
 * over the jobs table), registers the follow-up handlers and queues the hourly planning run.
 * Call once after the store is open; call `stop()` before closing the store.
 */
export async function startInsightsJobs(
  runtime: Required<Pick<InsightsDeps, "store" | "clock" | "ids" | "logger">> &
    Pick<InsightsDeps, "eventBus"> & {
      config: { redisUrl: string | undefined };
      /** BullMQ queue name and prefix; the defaults suit a deployment, tests pass their own. */
      bullmq?: Omit<BullmqJobQueueOptions, "logger">;
    },
): Promise<InsightsJobs> {
  const { config, bullmq, ...deps } = runtime;
  const queue = createJobQueue({
    redisUrl: config.redisUrl,
    store: deps.store,
    clock: deps.clock,
    logger: deps.logger,
    ...(bullmq ? { bullmq } : {}),
  });
  registerFollowupJobs(queue, deps);
  await queue.start();
  await startFollowupPlanning(queue, deps);
  const kind = config.redisUrl ? "bullmq" : "local";
  deps.logger.info({ queue: kind }, "background jobs started");
  return { queue, kind, stop: () => queue.stop() };
}
