import type { RiskFeatureName, RiskFeatureValues } from "./risk-features.js";
import type { RiskContribution } from "./risk-model.js";

/** Probability at or above which the heuristic calls an order high risk. */
export const HEURISTIC_RISK_THRESHOLD = 0.45;

/** One warning sign of the heuristic: the chance of trouble it alone suggests, in [0, 1). */
const SIGNS: { feature: RiskFeatureName; chance: (v: RiskFeatureValues) => number }[] = [
  // Already shrunk towards the shop-wide rate, so a product sold once does not dominate.
  { feature: "max_product_return_rate", chance: (v) => v.max_product_return_rate },
  // The shopper's own return rate, with two pseudo-orders so one early return is not 100 %.
  { feature: "customer_past_returns", chance: (v) => v.customer_past_returns / (v.customer_past_orders + 2) },
  { feature: "customer_past_complaints", chance: (v) => Math.min(0.5, 0.2 * v.customer_past_complaints) },
  { feature: "product_negative_review_share", chance: (v) => 0.5 * v.product_negative_review_share },
  { feature: "tracking_exceptions", chance: (v) => Math.min(0.6, 0.3 * v.tracking_exceptions) },
  // More than a week under way is late; each further day adds a little, up to 30 %.
  { feature: "delivery_delay_days", chance: (v) => Math.min(0.3, Math.max(0, v.delivery_delay_days - 7) * 0.03) },
  { feature: "sized_items", chance: (v) => (v.sized_items > 0 ? 0.1 : 0) },
];

/**
 * The documented fallback while the shop has too few labelled orders to train the risk model:
 * a noisy-OR of warning signs (product return rate, the shopper's returns and complaints,
 * negative reviews, carrier exceptions, late delivery, sized items). Each sign's contribution
 * is −ln(1 − chance), so contributions add up to −ln(1 − probability) and rank like the model's.
 */
export function heuristicRisk(
  values: RiskFeatureValues,
  top = 3,
): { probability: number; contributions: RiskContribution[] } {
  let survive = 1;
  const contributions: RiskContribution[] = SIGNS.map(({ feature, chance }) => {
    const p = Math.min(0.95, Math.max(0, chance(values)));
    survive *= 1 - p;
    return { feature, value: values[feature], contribution: -Math.log(1 - p) };
  });
  return {
    probability: 1 - survive,
    contributions: contributions
      .filter((c) => c.contribution > 0)
      .sort((a, b) => b.contribution - a.contribution)
      .slice(0, top),
  };
}
