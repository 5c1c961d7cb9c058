import type { CatalogItem } from "./catalog-item.js";
import { leaveLastOutSplit } from "./leave-last-out-split.js";
import type { Purchase } from "./purchase-history.js";
import { type Recommendation, Recommender, type RecommenderWeights, type RecommendRequest } from "./recommender.js";
import { scoreRanking } from "./score-ranking.js";
import { tuneRecommenderWeights } from "./tune-recommender-weights.js";

/** Ranking quality of one method at cut-off k. */
export interface RankingScores {
  method: string;
  /** Share of shoppers whose held-out product is in the top k (hit rate = recall with one relevant item). */
  recallAtK: number;
  /** Mean 1/log2(rank + 1) of the held-out product when ranked within the top k, else 0. */
  ndcgAtK: number;
}

export interface LeaveLastOutReport {
  k: number;
  /** Shoppers with at least two distinct kept products, i.e. something to learn from and to hide. */
  users: number;
  /** Blend weights used (given, or tuned on a validation split of the training data). */
  weights: RecommenderWeights;
  /** Blended recommender first, then its parts alone, then the popularity baseline. */
  methods: RankingScores[];
}

/**
 * Leave-last-out evaluation: hide each shopper's last new product, train on everything else,
 * and score Recall@k and NDCG@k of the blend, its parts and the popularity baseline in one run.
 */
export function evaluateLeaveLastOut(
  catalog: readonly CatalogItem[],
  purchases: readonly Purchase[],
  options: { k?: number; weights?: RecommenderWeights } = {},
): LeaveLastOutReport {
  const k = options.k ?? 10;
  const { train, heldOut } = leaveLastOutSplit(purchases);
  // Blend weights come from a validation split inside the training data, never from the test items.
  const weights = options.weights ?? tuneRecommenderWeights(catalog, train, k).weights;
  const build = (weights?: RecommenderWeights) =>
    new Recommender(catalog, train, { excludeUnavailable: false, ...(weights ? { weights } : {}) });
  const blended = build(weights);
  // Tiny popularity weight only breaks ties, so each part is measured on its own signal.
  const coPurchase = build({ coPurchase: 1, content: 0, popularity: 1e-6 });
  const content = build({ coPurchase: 0, content: 1, popularity: 1e-6 });
  const variants: { method: string; rank: (r: RecommendRequest) => Recommendation[] }[] = [
    { method: "blended", rank: (r) => blended.recommend(r) },
    { method: "co-purchase", rank: (r) => coPurchase.recommend(r) },
    { method: "content", rank: (r) => content.recommend(r) },
    { method: "popularity", rank: (r) => blended.popular(r) },
  ];
  const methods = variants.map(({ method, rank }) => ({ method, ...scoreRanking(rank, heldOut, k) }));
  return { k, users: heldOut.size, weights, methods };
}
