import { analyzeReviewText } from "../aspects/analyze-review-text.js";
import type { Review } from "../review.js";
import type { ReviewSentimentScorer } from "../sentiment/review-sentiment-scorer.js";

/** The review with its overall sentiment and per-aspect polarity filled in. */
export function analyzeReview(review: Review, scorer: ReviewSentimentScorer): Review {
  const sentiment = Math.round(scorer.score(review.text) * 10_000) / 10_000;
  return { ...review, sentiment, aspects: { ...analyzeReviewText(review.text).aspects } };
}

/**
 * Whether a review counts as negative: by analysed sentiment, else by star rating (1–2 stars),
 * else unknown.
 */
export function isNegativeReview(review: Pick<Review, "sentiment" | "rating">): boolean | undefined {
  if (review.sentiment !== undefined) return review.sentiment < 0.5;
  if (review.rating !== undefined) return review.rating <= 2;
  return undefined;
}
