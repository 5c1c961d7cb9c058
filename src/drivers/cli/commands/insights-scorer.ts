import type { ReviewSentimentScorer } from "../../../domain/insights/sentiment/review-sentiment-scorer.js";
import { loadReviewScorer } from "../../../infrastructure/queue/load-review-scorer.js";

export { reviewModelDir } from "../../../infrastructure/queue/load-review-scorer.js";

/** The scorer `kefu reviews analyze` uses: see loadReviewScorer. */
export function chooseReviewScorer(
  dataDir: string,
  options: { model?: string; lexicon?: boolean },
): Promise<ReviewSentimentScorer> {
  return loadReviewScorer(dataDir, options);
}
