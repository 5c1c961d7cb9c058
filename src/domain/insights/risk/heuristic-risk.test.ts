import { describe, expect, it } from "vitest";
import { HEURISTIC_RISK_THRESHOLD, heuristicRisk } from "./heuristic-risk.js";
import type { RiskFeatureValues } from "./risk-features.js";
import { riskTrainingShortfall } from "./risk-training-minimum.js";

const calm: RiskFeatureValues = {
  order_value: 3,
  item_count: 1,
  max_product_return_rate: 0.05,
  mean_product_return_rate: 0.05,
  customer_past_returns: 0,
  customer_past_cancellations: 0,
  customer_past_complaints: 0,
  customer_past_orders: 3,
  product_negative_review_share: 0,
  product_review_sentiment: 0.3,
  delivery_delay_days: 3,
  tracking_exceptions: 0,
  sized_items: 0,
};

describe("heuristicRisk", () => {
  it("stays low for a calm order and explains only the signs present", () => {
    const { probability, contributions } = heuristicRisk(calm);
    expect(probability).toBeCloseTo(0.05, 6);
    expect(probability).toBeLessThan(HEURISTIC_RISK_THRESHOLD);
    expect(contributions.map((c) => c.feature)).toEqual(["max_product_return_rate"]);
  });

  it("combines warning signs as a noisy-OR, strongest reason first", () => {
    const risky = {
      ...calm,
      customer_past_returns: 2,
      customer_past_orders: 2,
      tracking_exceptions: 1,
      sized_items: 1,
    };
    const { probability, contributions } = heuristicRisk(risky);
    // 1 − (0.95 · 0.5 · 0.7 · 0.9)
    expect(probability).toBeCloseTo(1 - 0.95 * 0.5 * 0.7 * 0.9, 6);
    expect(probability).toBeGreaterThan(HEURISTIC_RISK_THRESHOLD);
    expect(contributions.map((c) => c.feature)).toEqual([
      "customer_past_returns",
      "tracking_exceptions",
      "sized_items",
    ]);
    const total = heuristicRisk(risky, 10).contributions.reduce((s, c) => s + c.contribution, 0);
    expect(total).toBeCloseTo(-Math.log(1 - probability), 6);
  });

  it("only penalises delivery beyond a week", () => {
    expect(heuristicRisk({ ...calm, delivery_delay_days: 7 }).probability).toBeCloseTo(0.05, 6);
    expect(heuristicRisk({ ...calm, delivery_delay_days: 12 }).probability).toBeCloseTo(1 - 0.95 * 0.85, 6);
  });
});

describe("riskTrainingShortfall", () => {
  const labels = (positives: number, negatives: number): (0 | 1)[] => [
    ...Array<1>(positives).fill(1),
    ...Array<0>(negatives).fill(0),
  ];
  it("says why a small or one-sided history is not enough", () => {
    expect(riskTrainingShortfall(labels(5, 17))).toMatch(/not enough labelled orders.*22 settled, 5 with/);
    expect(riskTrainingShortfall(labels(9, 200))).toMatch(/9 with a return/);
    expect(riskTrainingShortfall(labels(10, 39))).toBeDefined();
  });
  it("accepts enough orders of both kinds", () => {
    expect(riskTrainingShortfall(labels(10, 40))).toBeUndefined();
  });
});
