import { z } from "zod";
import { fitPlatt } from "../../ml/calibration.js";
import { type BinaryExample, logisticMargin, predictPositive, trainLogistic } from "../../ml/logistic-model.js";
import { rocAuc } from "../../ml/metrics.js";
import type { SparseVector } from "../../ml/sparse-vector.js";
import { stratifiedSplit } from "../../ml/stratified-split.js";
import { featureVector, RISK_FEATURES, type RiskFeatureName, type RiskFeatureValues } from "./risk-features.js";

/** The stored after-sales risk model: standardisation, logistic weights, calibration, metrics. */
export const RiskModel = z.object({
  format: z.literal("kefu-risk-model"),
  version: z.literal(1),
  features: z.array(z.string()),
  means: z.array(z.number()),
  scales: z.array(z.number()),
  weights: z.array(z.number()),
  bias: z.number(),
  platt: z.object({ a: z.number(), b: z.number() }),
  /** Probability at or above which an order counts as high risk. */
  threshold: z.number().min(0).max(1),
  trainedAt: z.string().datetime(),
  metrics: z.object({
    examples: z.number().int(),
    positives: z.number().int(),
    heldOut: z.number().int(),
    auc: z.number().nullable(),
    precision: z.number(),
    recall: z.number(),
    /** Share of held-out orders at or above the threshold. */
    flaggedShare: z.number(),
  }),
});
export type RiskModel = z.infer<typeof RiskModel>;

/** One feature's pull on a prediction: weight × standardised value, in log-odds. */
export interface RiskContribution {
  feature: RiskFeatureName;
  value: number;
  contribution: number;
}

function standardise(values: readonly number[], means: readonly number[], scales: readonly number[]): SparseVector {
  const out = new Float32Array(values.length);
  values.forEach((v, i) => {
    out[i] = (v - (means[i] ?? 0)) / (scales[i] ?? 1);
  });
  return { indices: Uint32Array.from(values.keys()), values: out };
}

/**
 * Trains the risk model on labelled orders: standardised features, class-balanced logistic
 * regression on 75 %, Platt calibration and metrics on the held-out 25 %.
 */
export function trainRiskModel(
  data: readonly { features: RiskFeatureValues; label: 0 | 1 }[],
  options: { threshold?: number; trainedAt: string; seed?: number },
): RiskModel {
  const rows = data.map((d) => featureVector(d.features));
  const n = RISK_FEATURES.length;
  const means = Array.from(
    { length: n },
    (_, i) => rows.reduce((s, r) => s + (r[i] ?? 0), 0) / Math.max(rows.length, 1),
  );
  const scales = means.map((m, i) => {
    const variance = rows.reduce((s, r) => s + ((r[i] ?? 0) - m) ** 2, 0) / Math.max(rows.length, 1);
    return Math.sqrt(variance) || 1;
  });
  const labels = data.map((d) => d.label);
  const positives = labels.filter((l) => l === 1).length;
  if (positives === 0 || positives === labels.length) {
    throw new RangeError("risk training needs both orders with and without returns or complaints");
  }
  const split = stratifiedSplit(labels, 0.25, options.seed ?? 42);
  const vectors = rows.map((r) => standardise(r, means, scales));
  const trainPositives = split.train.filter((i) => labels[i] === 1).length;
  const positiveWeight = (split.train.length - trainPositives) / Math.max(trainPositives, 1);
  const examples: BinaryExample[] = split.train.map((i) => ({
    features: vectors[i] ?? standardise([], means, scales),
    label: labels[i] ?? 0,
    weight: labels[i] === 1 ? positiveWeight : 1,
  }));
  const model = trainLogistic(examples, {
    dimension: n,
    epochs: 30,
    learningRate: 0.1,
    l2: 1e-3,
    seed: options.seed ?? 42,
  });
  const held = split.heldOut.map((i) => ({ x: vectors[i], y: labels[i] ?? 0 }));
  const margins = held.map((h) => (h.x ? logisticMargin(model, h.x) : 0));
  model.platt = fitPlatt(
    margins,
    held.map((h) => h.y),
  );
  const scores = held.map((h) => (h.x ? predictPositive(model, h.x) : 0));
  const threshold = options.threshold ?? 0.5;
  const flagged = scores.map((s) => s >= threshold);
  const tp = flagged.filter((f, i) => f && held[i]?.y === 1).length;
  const heldPositives = held.filter((h) => h.y === 1).length;
  const heldNegatives = held.length - heldPositives;
  // A handful of held-out orders of one kind gives an AUC that says nothing: report none.
  const auc =
    heldPositives < 3 || heldNegatives < 3
      ? Number.NaN
      : rocAuc(
          scores,
          held.map((h) => h.y),
        );
  return {
    format: "kefu-risk-model",
    version: 1,
    features: RISK_FEATURES.map((f) => f.name),
    means,
    scales,
    weights: Array.from(model.weights),
    bias: model.bias,
    platt: model.platt,
    threshold,
    trainedAt: options.trainedAt,
    metrics: {
      examples: data.length,
      positives,
      heldOut: held.length,
      auc: Number.isNaN(auc) ? null : auc,
      precision: flagged.filter(Boolean).length === 0 ? 0 : tp / flagged.filter(Boolean).length,
      recall: heldPositives === 0 ? 0 : tp / heldPositives,
      flaggedShare: held.length === 0 ? 0 : flagged.filter(Boolean).length / held.length,
    },
  };
}

/** Calibrated risk probability of one order and the features that pushed it most, strongest first. */
export function scoreRisk(
  model: RiskModel,
  values: RiskFeatureValues,
  top = 3,
): { probability: number; contributions: RiskContribution[] } {
  const raw = featureVector(values);
  const x = standardise(raw, model.means, model.scales);
  let margin = model.bias;
  const contributions: RiskContribution[] = RISK_FEATURES.map((f, i) => {
    const contribution = (model.weights[i] ?? 0) * (x.values[i] ?? 0);
    margin += contribution;
    return { feature: f.name, value: raw[i] ?? 0, contribution };
  });
  const z = model.platt.a * margin + model.platt.b;
  return {
    probability: 1 / (1 + Math.exp(-z)),
    contributions: contributions
      .filter((c) => c.contribution > 0)
      .sort((a, b) => b.contribution - a.contribution)
      .slice(0, top),
  };
}
