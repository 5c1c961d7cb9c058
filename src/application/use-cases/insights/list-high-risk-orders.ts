import { HEURISTIC_RISK_THRESHOLD } from "../../../domain/insights/risk/heuristic-risk.js";
import { OrderRiskHistory } from "../../../domain/insights/risk/order-risk-history.js";
import { OPEN_FOR_RISK } from "../../../domain/insights/risk/risk-dataset.js";
import type { RiskModel } from "../../../domain/insights/risk/risk-model.js";
import type { Locale } from "../../../domain/locale.js";
import type { Clock } from "../../ports/clock.js";
import type { Store } from "../../ports/store.js";
import { loadShopHistory } from "./load-shop-history.js";
import { findRiskModel } from "./risk-model-store.js";
import { type OrderRisk, scoreOrders } from "./score-order-risk.js";

/**
 * Processed, shipped and delivered orders ranked by after-sales risk, for proactive contact:
 * those at or above the model's threshold (or all, with `includeLow`), riskiest first. Until a
 * model is trained (see trainRiskModel's minimum) the heuristic ranks them and `model` is null.
 */
export async function listHighRiskOrders(
  deps: { store: Store; clock: Clock },
  input: { limit?: number; includeLow?: boolean; locale?: Locale } = {},
): Promise<{
  items: OrderRisk[];
  total: number;
  model: Pick<RiskModel, "threshold" | "trainedAt" | "metrics"> | null;
  method: "model" | "heuristic";
  threshold: number;
}> {
  const model = await findRiskModel(deps.store.settings);
  const [history, reviews] = await Promise.all([loadShopHistory(deps.store), deps.store.reviews.all()]);
  const index = new OrderRiskHistory(history.orders, history.afterSales, reviews);
  const open = history.orders.filter((o) => OPEN_FOR_RISK.has(o.status));
  const scored = scoreOrders(model, index, open, deps.clock.nowIso(), input.locale)
    .filter((r) => input.includeLow || r.high)
    .sort((a, b) => b.probability - a.probability || a.orderId.localeCompare(b.orderId));
  return {
    items: scored.slice(0, input.limit ?? 50),
    total: scored.length,
    model: model ? { threshold: model.threshold, trainedAt: model.trainedAt, metrics: model.metrics } : null,
    method: model ? "model" : "heuristic",
    threshold: model?.threshold ?? HEURISTIC_RISK_THRESHOLD,
  };
}
