import type { JobQueue } from "../../application/ports/job-queue.js";
import type { InsightsDeps } from "../../application/use-cases/insights/insights-deps.js";
import {
  registerFollowupJobs,
  startFollowupPlanning,
} from "../../application/use-cases/insights/register-followup-jobs.js";
import { registerReviewAnalysisJob } from "../../application/use-cases/insights/register-review-analysis-job.js";
import { registerWebhookJobs, startWebhookRelay } from "../../application/use-cases/webhooks/register-webhook-jobs.js";
import type { WebhookDeps } from "../../application/use-cases/webhooks/webhook-deps.js";
import type { ReviewSentimentScorer } from "../../domain/insights/sentiment/review-sentiment-scorer.js";
import { createHttpWebhookSender, newWebhookSecret } from "../webhooks/http-webhook-sender.js";
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
    config: { redisUrl: string | undefined; dataDir?: string };
    /** Scores imported reviews; default: the saved review model or Kefu's sentiment model, loaded on first use. */
    reviewScorer?: () => Promise<ReviewSentimentScorer>;
    /** BullMQ queue name and prefix; the defaults suit a deployment, tests pass their own. */
    bullmq?: Omit<BullmqJobQueueOptions, "logger">;
    /** Webhook delivery overrides (tests: a fake sender, short retry delays). */
    webhooks?: Partial<Pick<WebhookDeps, "sender" | "retryDelaysMs">>;
  };

/** The webhook use cases' deps on this runtime and queue. */
export function webhookDepsFor(runtime: InsightsJobsRuntime, queue: WebhookDeps["queue"]): WebhookDeps {
  return {
    store: runtime.store,
    clock: runtime.clock,
    ids: runtime.ids,
    logger: runtime.logger,
    queue,
    sender: runtime.webhooks?.sender ?? createHttpWebhookSender(),
    newSecret: newWebhookSecret,
    ...(runtime.webhooks?.retryDelaysMs ? { retryDelaysMs: runtime.webhooks.retryDelaysMs } : {}),
  };
}

/**
 * The deployment's queue (BullMQ on REDIS_URL, else in-process over the jobs table) with every
 * insights handler registered, not started. The server and `kefu followups run` both open it, so
 * whichever process picks a job up knows how to run it.
 */
export function openInsightsQueue(runtime: InsightsJobsRuntime): SelectedJobQueue {
  const { config, bullmq, reviewScorer, webhooks: _webhooks, ...deps } = runtime;
  const queue = createJobQueue({
    redisUrl: config.redisUrl,
    store: deps.store,
    clock: deps.clock,
    logger: deps.logger,
    ...(bullmq ? { bullmq } : {}),
  });
  registerFollowupJobs(queue, deps);
  registerReviewAnalysisJob(queue, {
    store: deps.store,
    logger: deps.logger,
    scorer: reviewScorer ?? lazyReviewScorer(() => loadReviewScorer(config.dataDir ?? "data")),
  });
  registerWebhookJobs(queue, webhookDepsFor(runtime, queue));
  return queue;
}

/**
 * Starts background jobs with the server: opens the insights queue, starts it and queues the
 * hourly follow-up planning run. Call once after the store is open; call `stop()` before
 * closing the store.
 */
export async function startInsightsJobs(
  runtime: InsightsJobsRuntime,
  queue: SelectedJobQueue = openInsightsQueue(runtime),
): Promise<InsightsJobs> {
  await queue.start();
  await startFollowupPlanning(queue, runtime);
  const stopRelay = startWebhookRelay(webhookDepsFor(runtime, queue));
  runtime.logger.info({ queue: queue.kind }, "background jobs started");
  return {
    queue,
    kind: queue.kind,
    stop: async () => {
      stopRelay();
      await queue.stop();
    },
  };
}
