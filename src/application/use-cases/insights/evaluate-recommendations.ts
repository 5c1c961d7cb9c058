import { catalogFromProducts } from "../../../domain/insights/recommend/catalog-item.js";
import {
  evaluateLeaveLastOut,
  type LeaveLastOutReport,
} from "../../../domain/insights/recommend/evaluate-leave-last-out.js";
import { purchasesFromOrders } from "../../../domain/insights/recommend/purchase-history.js";
import type { Store } from "../../ports/store.js";
import { loadShopHistory, type ShopHistory } from "./load-shop-history.js";
import { RECOMMENDER_WEIGHTS_KEY } from "./recommender-cache.js";

export interface EvaluateRecommendationsInput {
  /** Evaluate this history (e.g. a τ² db.json) instead of the store's. */
  history?: ShopHistory;
  k?: number;
  /** Store the blend weights tuned here, so live recommendations use them. */
  saveWeights?: boolean;
}

/**
 * Offline evaluation: leave-last-out Recall@k and NDCG@k of the blend, its parts and the
 * popularity baseline, measured in the same run.
 */
export async function evaluateRecommendations(
  deps: { store?: Store },
  input: EvaluateRecommendationsInput = {},
): Promise<LeaveLastOutReport & { products: number; orders: number }> {
  const history = input.history ?? (deps.store ? await loadShopHistory(deps.store) : undefined);
  if (!history) throw new RangeError("evaluateRecommendations needs a store or a history");
  const report = evaluateLeaveLastOut(
    catalogFromProducts(history.products),
    purchasesFromOrders(history.orders, history.afterSales),
    { k: input.k ?? 10 },
  );
  if (input.saveWeights && deps.store) await deps.store.settings.set(RECOMMENDER_WEIGHTS_KEY, report.weights);
  return { ...report, products: history.products.length, orders: history.orders.length };
}
