import type { AfterSalesRequest } from "../../shop/after-sales-request.js";
import type { Order } from "../../shop/order.js";
import type { Review } from "../review.js";
import { OrderRiskHistory, SETTLED_FOR_RISK } from "./order-risk-history.js";
import type { RiskFeatureValues } from "./risk-features.js";

/** Orders still worth a proactive contact: on their way or recently delivered. */
export const OPEN_FOR_RISK = new Set<Order["status"]>(["processed", "shipped", "delivered"]);

/** Training rows: one per settled order, labelled 1 when it led to a return, exchange or complaint. */
export function buildRiskDataset(
  orders: readonly Order[],
  afterSales: readonly AfterSalesRequest[],
  reviews: readonly Review[],
  now: string,
): { orderId: string; features: RiskFeatureValues; label: 0 | 1 }[] {
  const history = new OrderRiskHistory(orders, afterSales, reviews);
  return orders
    .filter((o) => SETTLED_FOR_RISK.has(o.status))
    .map((o) => ({ orderId: o.id, features: history.features(o, now), label: history.hadTrouble(o) ? 1 : 0 }));
}
