import { evaluateTextClassifier } from "../../domain/nlu/evaluate-text-classifier.js";
import type { Segmenter } from "../../domain/nlu/segmenter.js";
import type { TextClassifier } from "../../domain/nlu/text-classifier.js";
import { type LabelledText, trainTextClassifier } from "../../domain/nlu/train-text-classifier.js";
import { type TextTask, TRAINING_PRESETS } from "../../domain/nlu/training-presets.js";
import { saveModelDirectory } from "./model-directory.js";
import type { ModelMeta, ModelMetrics } from "./model-meta.js";

/** What to train and where to put it. */
export interface TrainModelRequest {
  task: TextTask;
  data: readonly LabelledText[];
  /** Optional dev set, scored after training and recorded in meta.json. */
  dev?: readonly LabelledText[];
  outDir: string;
  /** Recorded in meta.json (file name or "resources/nlu/intents.jsonl"). */
  source: string;
  segmenter: Segmenter;
  onProgress?: (fraction: number, phase: string) => void;
}

/** Trains a model with the task's preset, scores it, and saves model.json + meta.json. */
export async function trainModel(request: TrainModelRequest): Promise<{ classifier: TextClassifier; meta: ModelMeta }> {
  const trained = trainTextClassifier(request.data, request.segmenter, {
    ...TRAINING_PRESETS[request.task],
    ...(request.onProgress ? { onProgress: request.onProgress } : {}),
  });
  const metrics: ModelMetrics[] = [];
  if (trained.heldOut) metrics.push({ ...pick(trained.heldOut), split: "held-out", examples: trained.heldOut.total });
  if (request.dev && request.dev.length > 0) {
    const { report } = evaluateTextClassifier(trained.classifier, request.dev);
    metrics.push({ ...pick(report), split: "dev", examples: report.total });
  }
  const meta: ModelMeta = {
    format: "kefu-model-meta",
    version: 1,
    task: request.task,
    labels: [...trained.classifier.labels],
    createdAt: new Date().toISOString(),
    trainingExamples: request.data.length,
    trainMillis: Math.round(trained.trainMillis),
    temperature: trained.temperature,
    source: request.source,
    metrics,
  };
  await saveModelDirectory(request.outDir, trained.classifier, meta);
  return { classifier: trained.classifier, meta };
}

function pick(r: { accuracy: number; macroPrecision: number; macroRecall: number; macroF1: number }) {
  return { accuracy: r.accuracy, macroPrecision: r.macroPrecision, macroRecall: r.macroRecall, macroF1: r.macroF1 };
}
