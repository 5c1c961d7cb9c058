import { z } from "zod";
import type { Review } from "../../../domain/insights/review.js";
import type { ReviewSentimentScorer } from "../../../domain/insights/sentiment/review-sentiment-scorer.js";
import { parseValue } from "../../../domain/parse-json.js";
import type { JobQueue } from "../../ports/job-queue.js";
import type { Logger } from "../../ports/logger.js";
import type { Store } from "../../ports/store.js";
import { analyzeReviews } from "./analyze-reviews.js";

/** The job that scores sentiment and extracts aspects for imported reviews. */
export const REVIEW_ANALYSIS_JOB = "reviews.analyze";

const Payload = z.object({ reviewIds: z.array(z.string().min(1)).min(1) });

/**
 * Handles `reviews.analyze`: loads the named reviews as stored now (a later edit wins) and
 * analyses them. Re-running is harmless: analysis is a pure function of the text.
 * `scorer` is called per job, so the server can load its model lazily and once.
 */
export function registerReviewAnalysisJob(
  queue: JobQueue,
  deps: { store: Store; logger: Logger; scorer: () => Promise<ReviewSentimentScorer> },
): void {
  queue.handle(REVIEW_ANALYSIS_JOB, async (raw) => {
    const { reviewIds } = parseValue(Payload, raw, "review analysis job");
    const found = await Promise.all(reviewIds.map((id) => deps.store.reviews.get(id)));
    const reviews = found.filter((r): r is Review => r !== undefined);
    const scorer = await deps.scorer();
    await analyzeReviews({ store: deps.store }, { reviews, scorer });
    deps.logger.info({ analysed: reviews.length, missing: reviewIds.length - reviews.length }, "reviews analysed");
  });
}
