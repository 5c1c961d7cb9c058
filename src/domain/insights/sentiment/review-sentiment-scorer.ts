import type { TextClassifier } from "../../nlu/text-classifier.js";
import { analyzeReviewText } from "../aspects/analyze-review-text.js";

/** Scores a review's overall polarity as P(positive) in [0, 1]. */
export interface ReviewSentimentScorer {
  /** Short name for reports, e.g. "lexicon" or "model". */
  readonly name: string;
  score(text: string): number;
}

/** Labels of the two-class review sentiment model. */
export const REVIEW_SENTIMENT_LABELS = ["negative", "positive"] as const;

/** The lexicon alone: the fallback without a trained model, and the benchmark baseline. */
export const lexiconReviewScorer: ReviewSentimentScorer = {
  name: "lexicon",
  score: (text) => analyzeReviewText(text).lexiconScore,
};

/**
 * A trained sentiment classifier: the two-label review model (negative/positive or 0/1), or the
 * three-label message model (with neutral), scored as (1 + P(positive) − P(negative)) / 2.
 */
export function classifierReviewScorer(classifier: TextClassifier, name = "model"): ReviewSentimentScorer {
  const index = (labels: string[]) => labels.map((l) => classifier.labels.indexOf(l)).find((i) => i >= 0);
  const positive = index(["positive", "1"]);
  const negative = index(["negative", "0"]);
  if (positive === undefined || negative === undefined)
    throw new RangeError("sentiment model needs positive and negative labels");
  return {
    name,
    score: (text) => {
      const p = classifier.probabilities(text);
      return (1 + (p[positive] ?? 0) - (p[negative] ?? 0)) / 2;
    },
  };
}

/**
 * Averages two scorers. Kefu's own message-sentiment model and the review lexicon make
 * different mistakes, so their mean beats both on reviews when no review model is trained.
 */
export function blendedReviewScorer(
  a: ReviewSentimentScorer,
  b: ReviewSentimentScorer,
  weightA = 0.5,
): ReviewSentimentScorer {
  return {
    name: `${a.name} + ${b.name}`,
    score: (text) => weightA * a.score(text) + (1 - weightA) * b.score(text),
  };
}
