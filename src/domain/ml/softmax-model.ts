import type { SparseVector } from "./sparse-vector.js";

/** A multinomial logistic-regression model over hashed sparse features. */
export interface SoftmaxModel {
  readonly kind: "softmax";
  /** Size of the feature space. */
  readonly dimension: number;
  /** Number of classes K. */
  readonly classes: number;
  /** Weights laid out feature-major: weight of feature f for class k at `f * classes + k`. */
  readonly weights: Float32Array;
  /** One bias per class. */
  readonly bias: Float32Array;
  /** Divides the logits before the softmax; fitted on held-out data (1 = uncalibrated). */
  temperature: number;
}

/** A zero-initialised model. */
export function createSoftmaxModel(dimension: number, classes: number): SoftmaxModel {
  if (classes < 2) throw new RangeError("a softmax model needs at least two classes");
  return {
    kind: "softmax",
    dimension,
    classes,
    weights: new Float32Array(dimension * classes),
    bias: new Float32Array(classes),
    temperature: 1,
  };
}

/** Writes the raw logits for `x` into `out` (length ≥ classes) and returns it. */
export function softmaxLogits(model: SoftmaxModel, x: SparseVector, out: Float64Array): Float64Array {
  const k = model.classes;
  const w = model.weights;
  for (let c = 0; c < k; c++) out[c] = model.bias[c] ?? 0;
  for (let i = 0; i < x.indices.length; i++) {
    const base = (x.indices[i] ?? 0) * k;
    const v = x.values[i] ?? 0;
    for (let c = 0; c < k; c++) out[c] = (out[c] ?? 0) + (w[base + c] ?? 0) * v;
  }
  return out;
}

/** In-place softmax of the first `k` entries after dividing by `temperature`. */
export function softmaxInPlace(values: Float64Array, k: number, temperature = 1): Float64Array {
  let max = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < k; c++) max = Math.max(max, (values[c] ?? 0) / temperature);
  let sum = 0;
  for (let c = 0; c < k; c++) {
    const e = Math.exp((values[c] ?? 0) / temperature - max);
    values[c] = e;
    sum += e;
  }
  for (let c = 0; c < k; c++) values[c] = (values[c] ?? 0) / sum;
  return values;
}

/**
 * Calibrated class probabilities for `x`. Pass a reusable `out` buffer in hot paths to avoid
 * allocating; otherwise a new one is returned.
 */
export function predictProba(model: SoftmaxModel, x: SparseVector, out?: Float64Array): Float64Array {
  const buffer = out ?? new Float64Array(model.classes);
  softmaxLogits(model, x, buffer);
  return softmaxInPlace(buffer, model.classes, model.temperature);
}

/** Index of the largest of the first `k` entries. */
export function argmax(values: ArrayLike<number>, k = values.length): number {
  let best = 0;
  let bestValue = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < k; c++) {
    const v = values[c] ?? Number.NEGATIVE_INFINITY;
    if (v > bestValue) {
      bestValue = v;
      best = c;
    }
  }
  return best;
}
