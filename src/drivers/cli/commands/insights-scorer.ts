import { join } from "node:path";
import {
  blendedReviewScorer,
  classifierReviewScorer,
  lexiconReviewScorer,
  type ReviewSentimentScorer,
} from "../../../domain/insights/sentiment/review-sentiment-scorer.js";
import { JiebaSegmenter } from "../../../infrastructure/nlu/jieba-segmenter.js";
import { loadOrTrain } from "../../../infrastructure/nlu/load-default-nlu.js";
import { hasModel, loadModelDirectory } from "../../../infrastructure/nlu/model-directory.js";

/** Where `kefu reviews train` saves the review sentiment model. */
export function reviewModelDir(dataDir: string): string {
  return join(dataDir, "models", "review-sentiment");
}

/**
 * The best review scorer available: an explicit or saved review model, else Kefu's own
 * message-sentiment model (trained from resources/nlu on first use) averaged with the lexicon.
 */
export async function chooseReviewScorer(
  dataDir: string,
  options: { model?: string; lexicon?: boolean },
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
