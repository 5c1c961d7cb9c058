import { evaluateTextClassifier } from "../../domain/nlu/evaluate-text-classifier.js";
import type { Segmenter } from "../../domain/nlu/segmenter.js";
import type { TextClassifier } from "../../domain/nlu/text-classifier.js";
import { type LabelledText, type TrainedText, trainTextClassifier } from "../../domain/nlu/train-text-classifier.js";
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
export async function trainModel(
  request: TrainModelRequest,
): Promise<{ classifier: TextClassifier; meta: ModelMeta; heldOut?: TrainedText["heldOut"] }> {
  const trained = trainTextClassifier(request.data, request.segmenter, {
    ...TRAINING_PRESETS[request.task],
    ...(request.onProgress ? { onProgress: request.onProgress } : {}),
  });
  const dev: ModelMetrics[] = [];
  if (request.dev && request.dev.length > 0) {
    const { report } = evaluateTextClassifier(trained.classifier, request.dev);
    dev.push({ ...pick(report), split: "dev", examples: report.total });
  }
  const meta = trainedModelMeta({
    task: request.task,
    trained,
    trainingExamples: request.data.length,
    source: request.source,
    extraMetrics: dev,
  });
  await saveModelDirectory(request.outDir, trained.classifier, meta);
  return { classifier: trained.classifier, meta, ...(trained.heldOut ? { heldOut: trained.heldOut } : {}) };
}

/** The meta.json of a freshly trained model: its held-out figures first, then any `extraMetrics`. */
export function trainedModelMeta(input: {
  task: TextTask;
  trained: TrainedText;
  trainingExamples: number;
  source: string;
  extraMetrics?: readonly ModelMetrics[];
}): ModelMeta {
  const { trained } = input;
  const held = trained.heldOut;
  return {
    format: "kefu-model-meta",
    version: 1,
    task: input.task,
    labels: [...trained.classifier.labels],
    createdAt: new Date().toISOString(),
    trainingExamples: input.trainingExamples,
    trainMillis: Math.round(trained.trainMillis),
    temperature: trained.temperature,
    source: input.source,
    metrics: [
      ...(held ? [{ ...pick(held), split: "held-out" as const, examples: held.total }] : []),
      ...(input.extraMetrics ?? []),
    ],
  };
}

function pick(r: { accuracy: number; macroPrecision: number; macroRecall: number; macroF1: number }) {
  return { accuracy: r.accuracy, macroPrecision: r.macroPrecision, macroRecall: r.macroRecall, macroF1: r.macroF1 };
}
