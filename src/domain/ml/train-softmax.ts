import { seededRandom, shuffleInPlace } from "./seeded-random.js";
import { createSoftmaxModel, type SoftmaxModel, softmaxInPlace, softmaxLogits } from "./softmax-model.js";
import type { SparseVector } from "./sparse-vector.js";

/** One training example: features and a class index in [0, classes). */
export interface LabelledVector {
  features: SparseVector;
  label: number;
  /** Optional per-example weight (default 1), e.g. to balance classes. */
  weight?: number;
}

/** Hyper-parameters of the AdaGrad softmax trainer. */
export interface SoftmaxTrainOptions {
  /** Size of the hashed feature space; must exceed every feature index. */
  dimension: number;
  /** Number of classes; defaults to 1 + the largest label seen. */
  classes?: number;
  /** Passes over the data (default 8). */
  epochs?: number;
  /** AdaGrad base learning rate (default 0.5). */
  learningRate?: number;
  /** L2 penalty applied to the weights an example touches (default 1e-6). */
  l2?: number;
  /** Seed for the per-epoch shuffle (default 42). */
  seed?: number;
  /** Called after each epoch with the mean training loss. */
  onEpoch?: (epoch: number, epochs: number, meanLoss: number) => void;
}

const EPS = 1e-8;

/**
 * Trains a softmax classifier with per-coordinate AdaGrad on sparse features. Only the weights of
 * present features are updated (and L2-shrunk), so an epoch costs O(nnz · classes).
 */
export function trainSoftmax(examples: readonly LabelledVector[], options: SoftmaxTrainOptions): SoftmaxModel {
  let maxLabel = 1;
  for (const e of examples) maxLabel = Math.max(maxLabel, e.label);
  const k = options.classes ?? maxLabel + 1;
  const model = createSoftmaxModel(options.dimension, k);
  const epochs = options.epochs ?? 8;
  const lr = options.learningRate ?? 0.5;
  const l2 = options.l2 ?? 1e-6;
  const random = seededRandom(options.seed ?? 42);
  const w = model.weights;
  const b = model.bias;
  const gw = new Float32Array(w.length);
  const gb = new Float64Array(k);
  const probs = new Float64Array(k);
  const order = examples.map((_, i) => i);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    shuffleInPlace(order, random);
    let loss = 0;
    for (const idx of order) {
      const ex = examples[idx];
      if (ex === undefined) continue;
      const x = ex.features;
      const weight = ex.weight ?? 1;
      softmaxLogits(model, x, probs);
      softmaxInPlace(probs, k);
      loss -= weight * Math.log(Math.max(probs[ex.label] ?? 0, 1e-12));
      // Gradient of the log loss w.r.t. logit c is p_c - y_c.
      probs[ex.label] = (probs[ex.label] ?? 0) - 1;
      for (let c = 0; c < k; c++) {
        const g = (probs[c] ?? 0) * weight;
        gb[c] = (gb[c] ?? 0) + g * g;
        b[c] = (b[c] ?? 0) - (lr * g) / (Math.sqrt(gb[c] ?? 0) + EPS);
      }
      for (let i = 0; i < x.indices.length; i++) {
        const base = (x.indices[i] ?? 0) * k;
        const v = (x.values[i] ?? 0) * weight;
        for (let c = 0; c < k; c++) {
          const at = base + c;
          const wc = w[at] ?? 0;
          const g = (probs[c] ?? 0) * v + l2 * wc;
          if (g === 0) continue;
          const acc = (gw[at] ?? 0) + g * g;
          gw[at] = acc;
          w[at] = wc - (lr * g) / (Math.sqrt(acc) + EPS);
        }
      }
    }
    options.onEpoch?.(epoch, epochs, examples.length === 0 ? 0 : loss / examples.length);
  }
  return model;
}
