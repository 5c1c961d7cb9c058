import { fitTemperature } from "../ml/calibration.js";
import { logCountRatios, ratioFeatureScale } from "../ml/log-count-ratio.js";
import { type ClassificationReport, classificationReport } from "../ml/metrics.js";
import { argmax, predictProba } from "../ml/softmax-model.js";
import { type SparseVector, scaleSparse } from "../ml/sparse-vector.js";
import { stratifiedSplit } from "../ml/stratified-split.js";
import { trainSoftmax } from "../ml/train-softmax.js";
import type { FeatureConfig } from "./feature-config.js";
import type { Segmenter } from "./segmenter.js";
import { TextClassifier } from "./text-classifier.js";
import { TextFeaturizer } from "./text-featurizer.js";

/** A labelled text. */
export interface LabelledText {
  text: string;
  label: string;
}

/** Training knobs; the defaults suit short after-sales messages. */
export interface TextTrainOptions {
  features: FeatureConfig;
  epochs?: number;
  learningRate?: number;
  l2?: number;
  seed?: number;
  /** Share of each label held out to fit the temperature (default 0.1; 0 = uncalibrated). */
  calibrationFraction?: number;
  /** After calibrating, retrain on everything with the same settings (default true). */
  refit?: boolean;
  /** For two-label tasks: scale features by 1 + β·|NB log-count ratio| (default off). */
  nbBeta?: number;
  /** Weight examples inversely to their label's frequency (default false). */
  balance?: boolean;
  /** Fixed label order; by default the sorted distinct labels. */
  labels?: readonly string[];
  /** Progress in [0, 1] with a phase name, for progress bars. */
  onProgress?: (fraction: number, phase: string) => void;
}

/** The trained classifier plus what was learned about it on the held-out slice. */
export interface TrainedText {
  classifier: TextClassifier;
  /** Metrics on the calibration slice (model trained without it), if one was held out. */
  heldOut?: ClassificationReport;
  temperature: number;
  trainMillis: number;
}

/** Trains a calibrated softmax text classifier over hashed word and character n-grams. */
export function trainTextClassifier(
  data: readonly LabelledText[],
  segmenter: Segmenter,
  options: TextTrainOptions,
): TrainedText {
  const started = performance.now();
  const labels = options.labels ? [...options.labels] : [...new Set(data.map((d) => d.label))].sort();
  if (labels.length < 2) throw new RangeError("training needs at least two distinct labels");
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  const featurizer = new TextFeaturizer(options.features, segmenter);
  const progress = options.onProgress ?? (() => {});
  const vectors: { features: SparseVector; label: number; weight?: number }[] = [];
  data.forEach((d, i) => {
    const label = labelIndex.get(d.label);
    if (label === undefined) throw new RangeError(`label "${d.label}" is not in the label set`);
    vectors.push({ features: featurizer.vectorize(d.text), label });
    if (i % 2000 === 0) progress((0.2 * i) / data.length, "features");
  });
  if (options.balance) applyBalance(vectors, labels.length);
  const fraction = options.calibrationFraction ?? 0.1;
  const refit = options.refit ?? true;
  const split =
    fraction > 0
      ? stratifiedSplit(
          vectors.map((v) => v.label),
          fraction,
          options.seed ?? 42,
        )
      : undefined;
  const pick = (ids: number[]) => ids.flatMap((i) => (vectors[i] ? [vectors[i]] : []));
  const firstTrain = split ? pick(split.train) : vectors;
  const phases = split && refit ? 2 : 1;
  const fitModel = (examples: typeof vectors, phase: number) => {
    const scale = nbScale(examples, featurizer.dimension, labels.length, options.nbBeta);
    const scaled = scale ? examples.map((e) => ({ ...e, features: scaleSparse(e.features, scale) })) : examples;
    const model = trainSoftmax(scaled, {
      dimension: featurizer.dimension,
      classes: labels.length,
      epochs: options.epochs ?? 8,
      learningRate: options.learningRate ?? 0.5,
      l2: options.l2 ?? 1e-6,
      seed: options.seed ?? 42,
      onEpoch: (e, total) => progress(0.2 + (0.8 * (phase + e / total)) / phases, "training"),
    });
    return { model, scale };
  };
  const first = fitModel(firstTrain, 0);
  let temperature = 1;
  let heldOut: ClassificationReport | undefined;
  if (split && split.heldOut.length > 0) {
    const held = pick(split.heldOut).map((e) => ({
      features: first.scale ? scaleSparse(e.features, first.scale) : e.features,
      label: e.label,
    }));
    const predicted = held.map((e) => argmax(predictProba(first.model, e.features)));
    heldOut = classificationReport(
      held.map((e) => e.label),
      predicted,
      labels.length,
    );
    temperature = fitTemperature(first.model, held);
  }
  const final = split && refit ? fitModel(vectors, 1) : first;
  final.model.temperature = temperature;
  progress(1, "done");
  const classifier = new TextClassifier(labels, featurizer, final.model, final.scale);
  return { classifier, heldOut, temperature, trainMillis: performance.now() - started };
}

function nbScale(
  examples: readonly { features: SparseVector; label: number }[],
  dimension: number,
  classes: number,
  beta: number | undefined,
): Float32Array | undefined {
  if (beta === undefined || beta <= 0 || classes !== 2) return undefined;
  return ratioFeatureScale(logCountRatios(examples, dimension, 1), beta);
}

function applyBalance(vectors: { label: number; weight?: number }[], classes: number): void {
  const counts = new Array<number>(classes).fill(0);
  for (const v of vectors) counts[v.label] = (counts[v.label] ?? 0) + 1;
  for (const v of vectors) v.weight = vectors.length / (classes * Math.max(counts[v.label] ?? 1, 1));
}
