import { SENTIMENT_FEATURES } from "../../nlu/feature-config.js";
import type { Segmenter } from "../../nlu/segmenter.js";
import { type TrainedText, trainTextClassifier } from "../../nlu/train-text-classifier.js";
import { REVIEW_SENTIMENT_LABELS } from "./review-sentiment-scorer.js";

/** A review labelled positive or not, e.g. from star ratings or a research corpus. */
export interface LabelledReview {
  text: string;
  positive: boolean;
}

/**
 * Trains the review sentiment model: calibrated logistic regression (two-class softmax) over
 * hashed word and character n-grams with NB-SVM feature scaling and class balancing, on the
 * shared ML toolkit.
 */
export function trainReviewSentiment(
  reviews: readonly LabelledReview[],
  segmenter: Segmenter,
  options: { epochs?: number; onProgress?: (fraction: number, phase: string) => void } = {},
): TrainedText {
  return trainTextClassifier(
    reviews.map((r) => ({ text: r.text, label: r.positive ? "positive" : "negative" })),
    segmenter,
    {
      features: SENTIMENT_FEATURES,
      labels: REVIEW_SENTIMENT_LABELS,
      epochs: options.epochs ?? 5,
      // A small step regularises better on a few thousand reviews (chosen on waimai/htl dev splits).
      learningRate: 0.1,
      nbBeta: 1,
      balance: true,
      calibrationFraction: 0.1,
      refit: false,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    },
  );
}
