import { SingleBar } from "cli-progress";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import {
  type LabelledReview,
  trainReviewSentiment,
} from "../../../domain/insights/sentiment/train-review-sentiment.js";
import { JiebaSegmenter } from "../../../infrastructure/nlu/jieba-segmenter.js";
import { saveModelDirectory } from "../../../infrastructure/nlu/model-directory.js";
import type { ModelMeta } from "../../../infrastructure/nlu/model-meta.js";
import { trainedModelMeta } from "../../../infrastructure/nlu/train-model.js";
import { loadConfig } from "../../config/load-config.js";
import { readReviewFile } from "./insights-review-file.js";
import { reviewModelDir } from "./insights-scorer.js";

/**
 * `kefu reviews train FILE`: trains the review sentiment model from labelled reviews (a 0/1
 * `label`, or star ratings: 4–5 positive, 1–2 negative, 3 left out) and saves it where
 * `kefu reviews analyze` finds it.
 */
export async function runReviewsTrain(
  file: string,
  options: { out?: string; progress?: boolean },
  print: (line: string) => void = console.log,
): Promise<ModelMeta> {
  const imported = await readReviewFile(file, new Date().toISOString());
  const data: LabelledReview[] = imported.flatMap(({ review, label }) => {
    if (label !== undefined) return [{ text: review.text, positive: label === 1 }];
    if (review.rating === undefined || review.rating === 3) return [];
    return [{ text: review.text, positive: review.rating >= 4 }];
  });
  const positives = data.filter((d) => d.positive).length;
  if (positives < 5 || data.length - positives < 5) {
    throw new KefuError("IMPORT_INVALID", `${file}: need at least 5 positive and 5 negative labelled reviews`);
  }
  const bar =
    (options.progress ?? process.stderr.isTTY === true)
      ? new SingleBar({ format: "training {bar} {percentage}% | {phase}", stream: process.stderr })
      : undefined;
  bar?.start(100, 0, { phase: "features" });
  const trained = (() => {
    try {
      return trainReviewSentiment(data, new JiebaSegmenter(), {
        onProgress: (f, phase) => bar?.update(Math.round(f * 100), { phase }),
      });
    } finally {
      bar?.stop();
    }
  })();
  const held = trained.heldOut;
  const meta = trainedModelMeta({ task: "sentiment", trained, trainingExamples: data.length, source: file });
  const out = options.out ?? reviewModelDir(loadConfig().dataDir);
  await saveModelDirectory(out, trained.classifier, meta);
  print(
    `trained the review sentiment model on ${data.length} reviews (${positives} positive) in ${(trained.trainMillis / 1000).toFixed(1)} s`,
  );
  if (held)
    print(`held-out (${held.total}): accuracy ${held.accuracy.toFixed(4)}, macro-F1 ${held.macroF1.toFixed(4)}`);
  print(`saved to ${out}`);
  return meta;
}
