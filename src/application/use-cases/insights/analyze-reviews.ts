import type { Review } from "../../../domain/insights/review.js";
import { analyzeReview } from "../../../domain/insights/reviews/analyze-review.js";
import type { ReviewSentimentScorer } from "../../../domain/insights/sentiment/review-sentiment-scorer.js";
import type { Store } from "../../ports/store.js";

export interface AnalyzeReviewsInput {
  /** Reviews to import and analyse; without them the stored reviews are (re-)analysed. */
  reviews?: readonly Review[];
  scorer: ReviewSentimentScorer;
  /** Only stored reviews that have no sentiment yet (ignored when `reviews` is given). */
  onlyMissing?: boolean;
  /** Called after each batch with the running count. */
  onProgress?: (done: number, total: number) => void;
  /** Reviews written per transaction (default 200). */
  batchSize?: number;
}

/**
 * Scores sentiment and extracts aspects for a batch of reviews and stores both on each review,
 * batch by batch, so a large import shows progress and an interruption keeps finished batches.
 */
export async function analyzeReviews(deps: { store: Store }, input: AnalyzeReviewsInput): Promise<Review[]> {
  const source = input.reviews ?? (await deps.store.reviews.all());
  const todo = input.reviews || !input.onlyMissing ? source : source.filter((r) => r.sentiment === undefined);
  const size = input.batchSize ?? 200;
  const done: Review[] = [];
  input.onProgress?.(0, todo.length);
  for (let i = 0; i < todo.length; i += size) {
    const batch = todo.slice(i, i + size).map((r) => analyzeReview(r, input.scorer));
    await deps.store.transaction(async (tx) => {
      for (const r of batch) await tx.reviews.upsert(r);
    });
    done.push(...batch);
    input.onProgress?.(done.length, todo.length);
  }
  return done;
}
