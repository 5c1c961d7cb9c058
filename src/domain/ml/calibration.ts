import { sigmoid } from "./logistic-model.js";
import { type SoftmaxModel, softmaxLogits } from "./softmax-model.js";
import type { SparseVector } from "./sparse-vector.js";

/** Mean negative log-likelihood of gold labels for precomputed logits at a temperature. */
function temperatureNll(logits: readonly Float64Array[], labels: readonly number[], k: number, t: number): number {
  let total = 0;
  for (let n = 0; n < logits.length; n++) {
    const z = logits[n];
    if (z === undefined) continue;
    let max = Number.NEGATIVE_INFINITY;
    for (let c = 0; c < k; c++) max = Math.max(max, (z[c] ?? 0) / t);
    let sum = 0;
    for (let c = 0; c < k; c++) sum += Math.exp((z[c] ?? 0) / t - max);
    total -= (z[labels[n] ?? 0] ?? 0) / t - max - Math.log(sum);
  }
  return logits.length === 0 ? 0 : total / logits.length;
}

/**
 * Fits the softmax temperature that minimises held-out log loss (golden-section search over
 * log T in [0.05, 20]), stores it on the model and returns it.
 */
export function fitTemperature(
  model: SoftmaxModel,
  heldOut: readonly { features: SparseVector; label: number }[],
): number {
  if (heldOut.length === 0) return model.temperature;
  const k = model.classes;
  const logits = heldOut.map((e) => softmaxLogits(model, e.features, new Float64Array(k)));
  const labels = heldOut.map((e) => e.label);
  const f = (logT: number) => temperatureNll(logits, labels, k, Math.exp(logT));
  let lo = Math.log(0.05);
  let hi = Math.log(20);
  const ratio = (Math.sqrt(5) - 1) / 2;
  let x1 = hi - ratio * (hi - lo);
  let x2 = lo + ratio * (hi - lo);
  let f1 = f(x1);
  let f2 = f(x2);
  for (let i = 0; i < 60; i++) {
    if (f1 < f2) {
      hi = x2;
      x2 = x1;
      f2 = f1;
      x1 = hi - ratio * (hi - lo);
      f1 = f(x1);
    } else {
      lo = x1;
      x1 = x2;
      f1 = f2;
      x2 = lo + ratio * (hi - lo);
      f2 = f(x2);
    }
  }
  model.temperature = Math.exp((lo + hi) / 2);
  return model.temperature;
}

/**
 * Platt scaling: fits p = σ(a·score + b) to held-out (score, label) pairs by Newton's method on
 * the log loss, with Platt's smoothed targets to avoid overconfidence on small sets.
 */
export function fitPlatt(scores: readonly number[], labels: readonly (0 | 1)[]): { a: number; b: number } {
  const positives = labels.filter((l) => l === 1).length;
  const negatives = labels.length - positives;
  const hiTarget = (positives + 1) / (positives + 2);
  const loTarget = 1 / (negatives + 2);
  let a = 1;
  let b = 0;
  for (let iter = 0; iter < 50; iter++) {
    // Gradient and Hessian of the log loss in (a, b), with a small ridge for stability.
    let ga = 0;
    let gb = 0;
    let haa = 1e-6;
    let hab = 0;
    let hbb = 1e-6;
    for (let i = 0; i < scores.length; i++) {
      const s = scores[i] ?? 0;
      const t = labels[i] === 1 ? hiTarget : loTarget;
      const p = sigmoid(a * s + b);
      const d = p - t;
      const w = p * (1 - p);
      ga += d * s;
      gb += d;
      haa += w * s * s;
      hab += w * s;
      hbb += w;
    }
    const det = haa * hbb - hab * hab;
    if (Math.abs(det) < 1e-12) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) < 1e-9 && Math.abs(db) < 1e-9) break;
  }
  return { a, b };
}
