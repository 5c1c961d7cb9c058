import { seededRandom, shuffleInPlace } from "./seeded-random.js";
import type { SparseVector } from "./sparse-vector.js";

/** A binary logistic-regression model over hashed sparse features. */
export interface LogisticModel {
  readonly kind: "logistic";
  readonly dimension: number;
  readonly weights: Float32Array;
  bias: number;
  /** Platt scaling of the raw margin: p = σ(a·margin + b); identity is a=1, b=0. */
  platt: { a: number; b: number };
}

/** One binary example; `label` is 0 or 1. */
export interface BinaryExample {
  features: SparseVector;
  label: 0 | 1;
  weight?: number;
}

/** Hyper-parameters of the AdaGrad logistic trainer. */
export interface LogisticTrainOptions {
  dimension: number;
  epochs?: number;
  learningRate?: number;
  l2?: number;
  seed?: number;
  onEpoch?: (epoch: number, epochs: number, meanLoss: number) => void;
}

/** Numerically safe logistic function. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** Raw margin w·x + b (before Platt scaling). */
export function logisticMargin(model: LogisticModel, x: SparseVector): number {
  let z = model.bias;
  for (let i = 0; i < x.indices.length; i++) z += (model.weights[x.indices[i] ?? 0] ?? 0) * (x.values[i] ?? 0);
  return z;
}

/** Calibrated probability of the positive class. */
export function predictPositive(model: LogisticModel, x: SparseVector): number {
  return sigmoid(model.platt.a * logisticMargin(model, x) + model.platt.b);
}

/** Trains binary logistic regression with AdaGrad and lazy L2 on touched weights. */
export function trainLogistic(examples: readonly BinaryExample[], options: LogisticTrainOptions): LogisticModel {
  const model: LogisticModel = {
    kind: "logistic",
    dimension: options.dimension,
    weights: new Float32Array(options.dimension),
    bias: 0,
    platt: { a: 1, b: 0 },
  };
  const epochs = options.epochs ?? 8;
  const lr = options.learningRate ?? 0.5;
  const l2 = options.l2 ?? 1e-6;
  const random = seededRandom(options.seed ?? 42);
  const gw = new Float32Array(options.dimension);
  let gb = 0;
  const order = examples.map((_, i) => i);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    shuffleInPlace(order, random);
    let loss = 0;
    for (const idx of order) {
      const ex = examples[idx];
      if (ex === undefined) continue;
      const weight = ex.weight ?? 1;
      const p = sigmoid(logisticMargin(model, ex.features));
      loss -= weight * Math.log(Math.max(ex.label === 1 ? p : 1 - p, 1e-12));
      const g = (p - ex.label) * weight;
      gb += g * g;
      model.bias -= (lr * g) / (Math.sqrt(gb) + 1e-8);
      const x = ex.features;
      for (let i = 0; i < x.indices.length; i++) {
        const f = x.indices[i] ?? 0;
        const wf = model.weights[f] ?? 0;
        const grad = g * (x.values[i] ?? 0) + l2 * wf;
        const acc = (gw[f] ?? 0) + grad * grad;
        gw[f] = acc;
        model.weights[f] = wf - (lr * grad) / (Math.sqrt(acc) + 1e-8);
      }
    }
    options.onEpoch?.(epoch, epochs, examples.length === 0 ? 0 : loss / examples.length);
  }
  return model;
}
