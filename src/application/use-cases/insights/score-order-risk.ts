import { KefuError } from "../../../domain/errors/kefu-error.js";
import { HEURISTIC_RISK_THRESHOLD, heuristicRisk } from "../../../domain/insights/risk/heuristic-risk.js";
import { OrderRiskHistory } from "../../../domain/insights/risk/order-risk-history.js";
import { RISK_FEATURES } from "../../../domain/insights/risk/risk-features.js";
import { type RiskModel, scoreRisk } from "../../../domain/insights/risk/risk-model.js";
import type { Locale } from "../../../domain/locale.js";
import type { Order } from "../../../domain/shop/order.js";
import type { Clock } from "../../ports/clock.js";
import type { Store } from "../../ports/store.js";
import { loadShopHistory } from "./load-shop-history.js";
import { findRiskModel } from "./risk-model-store.js";

/** One order's risk with the features behind it. */
export interface OrderRisk {
  orderId: string;
  customerId: string;
  status: Order["status"];
  probability: number;
  high: boolean;
  /** "model" with a trained risk model; "heuristic" (the documented fallback) until there is one. */
  method: "model" | "heuristic";
  /** Strongest risk-raising features: weight × standardised value, with a readable label. */
  reasons: { feature: string; label: string; value: number; contribution: number }[];
}

/** Scores orders against a loaded history; without a model, with the heuristic. Shared by both use cases. */
export function scoreOrders(
  model: RiskModel | undefined,
  history: OrderRiskHistory,
  orders: readonly Order[],
  now: string,
  locale: Locale = "en",
): OrderRisk[] {
  return orders.map((order) => {
    const values = history.features(order, now);
    const { probability, contributions } = model ? scoreRisk(model, values) : heuristicRisk(values);
    return {
      orderId: order.id,
      customerId: order.customerId,
      status: order.status,
      probability,
      high: probability >= (model?.threshold ?? HEURISTIC_RISK_THRESHOLD),
      method: model ? "model" : "heuristic",
      reasons: contributions.map((c) => ({
        feature: c.feature,
        label: RISK_FEATURES.find((f) => f.name === c.feature)?.[locale] ?? c.feature,
        value: c.value,
        contribution: c.contribution,
      })),
    };
  });
}

/** The after-sales risk of one order, explained (by the heuristic until a model is trained). */
export async function scoreOrderRisk(
  deps: { store: Store; clock: Clock },
  input: { orderId: string; locale?: Locale },
): Promise<OrderRisk> {
  const model = await findRiskModel(deps.store.settings);
  const [history, reviews] = await Promise.all([loadShopHistory(deps.store), deps.store.reviews.all()]);
  const order = history.orders.find((o) => o.id === input.orderId);
  if (!order) throw new KefuError("ORDER_NOT_FOUND", `order ${input.orderId} not found`);
  const index = new OrderRiskHistory(history.orders, history.afterSales, reviews);
  const [risk] = scoreOrders(model, index, [order], deps.clock.nowIso(), input.locale);
  if (!risk) throw new KefuError("INTERNAL", "scoring returned nothing");
  return risk;
}
