import type { SparseVector } from "./sparse-vector.js";

/**
 * NB-SVM style log-count ratios r_f = ln((p_f/|p|) / (q_f/|q|)) for a binary task, with
 * smoothing `alpha`. Scaling features by |r_f|-like factors lets a linear model lean on the
 * words that separate the classes (Wang & Manning, 2012).
 */
export function logCountRatios(
  examples: readonly { features: SparseVector; label: number }[],
  dimension: number,
  positiveLabel = 1,
  alpha = 1,
): Float32Array {
  const p = new Float64Array(dimension).fill(alpha);
  const q = new Float64Array(dimension).fill(alpha);
  let pSum = alpha * dimension;
  let qSum = alpha * dimension;
  for (const e of examples) {
    const target = e.label === positiveLabel ? p : q;
    for (let i = 0; i < e.features.indices.length; i++) {
      const f = e.features.indices[i] ?? 0;
      const v = Math.abs(e.features.values[i] ?? 0);
      target[f] = (target[f] ?? 0) + v;
      if (e.label === positiveLabel) pSum += v;
      else qSum += v;
    }
  }
  const ratios = new Float32Array(dimension);
  for (let f = 0; f < dimension; f++) ratios[f] = Math.log((p[f] ?? alpha) / pSum / ((q[f] ?? alpha) / qSum));
  return ratios;
}

/**
 * Turns signed ratios into non-negative feature weights 1 + β·|r| (an interpolation between plain
 * features, β=0, and pure NB scaling), which works with any linear classifier.
 */
export function ratioFeatureScale(ratios: Float32Array, beta = 1): Float32Array {
  const scale = new Float32Array(ratios.length);
  for (let f = 0; f < ratios.length; f++) scale[f] = 1 + beta * Math.abs(ratios[f] ?? 0);
  return scale;
}
