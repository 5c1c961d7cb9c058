import type { CatalogItem } from "./catalog-item.js";
import { leaveLastOutSplit } from "./leave-last-out-split.js";
import type { Purchase } from "./purchase-history.js";
import { DEFAULT_RECOMMENDER_WEIGHTS, Recommender, type RecommenderWeights } from "./recommender.js";
import { scoreRanking } from "./score-ranking.js";

const GRID: RecommenderWeights[] = [];
for (const coPurchase of [0, 0.3, 0.6, 1]) {
  for (const content of [0, 0.15, 0.3]) {
    for (const popularity of [0.05, 0.2, 0.5, 1]) {
      if (coPurchase + content > 0) GRID.push({ coPurchase, content, popularity });
    }
  }
}

/**
 * Picks blend weights by leave-last-out NDCG@k on `purchases` themselves (so pass only
 * training data). How much co-purchases beat popularity depends on the shop, which is why the
 * weights are learned rather than fixed. Falls back to the defaults with too few shoppers.
 */
export function tuneRecommenderWeights(
  catalog: readonly CatalogItem[],
  purchases: readonly Purchase[],
  k = 10,
  minUsers = 20,
): { weights: RecommenderWeights; ndcgAtK: number | undefined } {
  const { train, heldOut } = leaveLastOutSplit(purchases);
  if (heldOut.size < minUsers) return { weights: DEFAULT_RECOMMENDER_WEIGHTS, ndcgAtK: undefined };
  let best = { weights: DEFAULT_RECOMMENDER_WEIGHTS, ndcgAtK: Number.NEGATIVE_INFINITY };
  for (const weights of GRID) {
    const recommender = new Recommender(catalog, train, { weights, excludeUnavailable: false });
    const { ndcgAtK } = scoreRanking((r) => recommender.recommend(r), heldOut, k);
    if (ndcgAtK > best.ndcgAtK) best = { weights, ndcgAtK };
  }
  return best;
}
