import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { NluAnalyzer } from "../../application/ports/nlu-analyzer.js";
import { createLocalNlu, type LocalNluOptions } from "../../domain/nlu/create-local-nlu.js";
import type { Segmenter } from "../../domain/nlu/segmenter.js";
import type { TextClassifier } from "../../domain/nlu/text-classifier.js";
import type { TextTask } from "../../domain/nlu/training-presets.js";
import type { Product } from "../../domain/shop/product.js";
import { JiebaSegmenter } from "./jieba-segmenter.js";
import { hasModel, loadModelDirectory } from "./model-directory.js";
import { readLabelledJsonl } from "./read-labelled-jsonl.js";
import { trainModel } from "./train-model.js";

/** Kefu's own training data, shipped in the repository. */
export const NLU_RESOURCES_DIR = fileURLToPath(new URL("../../../resources/nlu/", import.meta.url));

/** Where the active model of a task lives under the data directory. */
export function modelDir(dataDir: string, task: TextTask): string {
  return join(dataDir, "models", task);
}

/** Options of `loadDefaultNlu`. */
export interface LoadDefaultNluOptions extends LocalNluOptions {
  /** Kefu's data directory; models live in `<dataDir>/models/{intent,sentiment}`. */
  dataDir: string;
  catalogue?: readonly Product[];
  segmenter?: Segmenter;
}

/** Loads a task's active model, or trains it from resources/nlu and saves it when there is none. */
export async function loadOrTrain(dataDir: string, task: TextTask, segmenter: Segmenter): Promise<TextClassifier> {
  const dir = modelDir(dataDir, task);
  if (hasModel(dir)) return (await loadModelDirectory(dir, segmenter)).classifier;
  const file = task === "intent" ? "intents.jsonl" : "sentiment.jsonl";
  const data = await readLabelledJsonl(join(NLU_RESOURCES_DIR, file), { textField: "text", labelField: "label" });
  const { classifier } = await trainModel({ task, data, outDir: dir, source: `resources/nlu/${file}`, segmenter });
  return classifier;
}

/** The default offline NLU: shipped or saved models, jieba segmentation, optional catalogue. */
export async function loadDefaultNlu(options: LoadDefaultNluOptions): Promise<NluAnalyzer> {
  const segmenter = options.segmenter ?? new JiebaSegmenter();
  const intent = await loadOrTrain(options.dataDir, "intent", segmenter);
  const sentiment = await loadOrTrain(options.dataDir, "sentiment", segmenter);
  const { dataDir: _dataDir, catalogue, segmenter: _segmenter, ...rest } = options;
  return createLocalNlu({ intent, sentiment }, segmenter, catalogue, rest);
}
