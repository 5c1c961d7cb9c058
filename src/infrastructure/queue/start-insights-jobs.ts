import type { JobQueue } from "../../application/ports/job-queue.js";
import type { InsightsDeps } from "../../application/use-cases/insights/insights-deps.js";
import {
  registerFollowupJobs,
  startFollowupPlanning,
} from "../../application/use-cases/insights/register-followup-jobs.js";
import { registerReviewAnalysisJob } from "../../application/use-cases/insights/register-review-analysis-job.js";
import type { ReviewSentimentScorer } from "../../domain/insights/sentiment/review-sentiment-scorer.js";
import type { BullmqJobQueueOptions } from "./bullmq-job-queue.js";
import { createJobQueue, type SelectedJobQueue } from "./create-job-queue.js";
import { lazyReviewScorer, loadReviewScorer } from "./load-review-scorer.js";

/** The running job queue with follow-ups wired in; `stop()` lets jobs in hand finish first. */
export interface InsightsJobs {
  queue: JobQueue;
  /** "bullmq" when REDIS_URL is set, else "local" (the jobs table). */
  kind: "bullmq" | "local";
  stop(): Promise<void>;
}

/** What the insight jobs need: the adapters, the queue choice and, optionally, the review scorer. */
export type InsightsJobsRuntime = Required<Pick<InsightsDeps, "store" | "clock" | "ids" | "logger">> &
  Pick<InsightsDeps, "eventBus"> & {
    config: { redisUrl: string | undefined; dataDir?: string; redisPrefix?: string };
    /** Scores imported reviews; default: the saved review model or Kefu's sentiment model, loaded on first use. */
    reviewScorer?: () => Promise<ReviewSentimentScorer>;
    /** BullMQ queue name and prefix; the defaults suit a deployment, tests pass their own. */
    bullmq?: Omit<BullmqJobQueueOptions, "logger">;
  };

/**
 * The deployment's queue (BullMQ on REDIS_URL, else in-process over the jobs table) with every
 * insights handler registered, not started. The server and `kefu followups run` both open it, so
 * whichever process picks a job up knows how to run it.
 */
export function openInsightsQueue(runtime: InsightsJobsRuntime): SelectedJobQueue {
  const { config, bullmq, reviewScorer, ...deps } = runtime;
  const queue = createJobQueue({
    redisUrl: config.redisUrl,
    store: deps.store,
    clock: deps.clock,
    logger: deps.logger,
    // The deployment's Redis prefix namespaces the queue unless a test passes its own.
    bullmq: { prefix: config.redisPrefix ?? "kefu", ...bullmq },
  });
  registerFollowupJobs(queue, deps);
  registerReviewAnalysisJob(queue, {
    store: deps.store,
    logger: deps.logger,
    scorer: reviewScorer ?? lazyReviewScorer(() => loadReviewScorer(config.dataDir ?? "data")),
  });
  return queue;
}

/**
 * Starts background jobs with the server: opens the insights queue, starts it and queues the
 * hourly follow-up planning run. Call once after the store is open; call `stop()` before
 * closing the store.
 */
export async function startInsightsJobs(runtime: InsightsJobsRuntime): Promise<InsightsJobs> {
  const queue = openInsightsQueue(runtime);
  await queue.start();
  await startFollowupPlanning(queue, runtime);
  runtime.logger.info({ queue: queue.kind }, "background jobs started");
  return { queue, kind: queue.kind, stop: () => queue.stop() };
}
