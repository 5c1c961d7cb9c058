import { argmax, predictProba, type SoftmaxModel } from "../ml/softmax-model.js";
import { type SparseVector, scaleSparse } from "../ml/sparse-vector.js";
import type { TextFeaturizer } from "./text-featurizer.js";

/** A label with its calibrated probability. */
export interface LabelScore {
  label: string;
  confidence: number;
}

/** The best label, its probability and all labels best first. */
export interface TextPrediction extends LabelScore {
  ranking: LabelScore[];
}

/** A trained text classifier: featurizer + softmax model (+ optional NB feature scaling). */
export class TextClassifier {
  private readonly buffer: Float64Array;

  constructor(
    /** Class names, indexed like the model's classes. */
    readonly labels: readonly string[],
    readonly featurizer: TextFeaturizer,
    readonly model: SoftmaxModel,
    /** Per-feature multipliers learned at training time (NB-SVM style), if any. */
    readonly featureScale?: Float32Array,
  ) {
    if (labels.length !== model.classes) throw new RangeError("label count differs from model classes");
    this.buffer = new Float64Array(model.classes);
  }

  /** Feature vector exactly as the model saw it in training. */
  vectorize(text: string): SparseVector {
    const raw = this.featurizer.vectorize(text);
    return this.featureScale ? scaleSparse(raw, this.featureScale) : raw;
  }

  /** Class probabilities; the returned array is reused by the next call unless `out` is given. */
  probabilities(text: string, out?: Float64Array): Float64Array {
    return predictProba(this.model, this.vectorize(text), out ?? this.buffer);
  }

  /** Best label and the full ranking. */
  predict(text: string): TextPrediction {
    const p = this.probabilities(text);
    const ranking = this.labels
      .map((label, i) => ({ label, confidence: p[i] ?? 0 }))
      .sort((a, b) => b.confidence - a.confidence);
    const best = ranking[0] ?? { label: this.labels[0] ?? "", confidence: 0 };
    return { label: best.label, confidence: best.confidence, ranking };
  }

  /** Index of the best label only: the cheapest call, for batch evaluation. */
  predictIndex(text: string): number {
    return argmax(this.probabilities(text), this.model.classes);
  }
}
