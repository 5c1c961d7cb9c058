import { join } from "node:path";
import {
  blendedReviewScorer,
  classifierReviewScorer,
  lexiconReviewScorer,
  type ReviewSentimentScorer,
} from "../../domain/insights/sentiment/review-sentiment-scorer.js";
import { JiebaSegmenter } from "../nlu/jieba-segmenter.js";
import { loadOrTrain } from "../nlu/load-default-nlu.js";
import { hasModel, loadModelDirectory } from "../nlu/model-directory.js";

/** Where `kefu reviews train` saves the review sentiment model. */
export function reviewModelDir(dataDir: string): string {
  return join(dataDir, "models", "review-sentiment");
}

/**
 * The best review scorer available: an explicit or saved review model, else Kefu's own
 * message-sentiment model (trained from resources/nlu on first use) averaged with the lexicon.
 * Shared by `kefu reviews analyze` and the server's review analysis job.
 */
export async function loadReviewScorer(
  dataDir: string,
  options: { model?: string; lexicon?: boolean } = {},
): Promise<ReviewSentimentScorer> {
  if (options.lexicon) return lexiconReviewScorer;
  const segmenter = new JiebaSegmenter();
  const dir = options.model ?? reviewModelDir(dataDir);
  if (options.model || hasModel(dir)) {
    return classifierReviewScorer((await loadModelDirectory(dir, segmenter)).classifier, "review model");
  }
  const shipped = classifierReviewScorer(await loadOrTrain(dataDir, "sentiment", segmenter), "message sentiment model");
  return blendedReviewScorer(shipped, lexiconReviewScorer);
}

/** Loads the scorer on first use and keeps it; a failed load is retried next time. */
export function lazyReviewScorer(load: () => Promise<ReviewSentimentScorer>): () => Promise<ReviewSentimentScorer> {
  let loading: Promise<ReviewSentimentScorer> | undefined;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}
