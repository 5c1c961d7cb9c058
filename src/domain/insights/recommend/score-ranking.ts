import type { Recommendation, RecommendRequest } from "./recommender.js";

/** Recall@k and NDCG@k of a ranking function against one held-out product per shopper. */
export function scoreRanking(
  rank: (request: RecommendRequest) => readonly Recommendation[],
  heldOut: ReadonlyMap<string, string>,
  k: number,
): { recallAtK: number; ndcgAtK: number } {
  let hits = 0;
  let gain = 0;
  for (const [customerId, target] of heldOut) {
    const position = rank({ customerId, limit: k }).findIndex((r) => r.productId === target);
    if (position < 0) continue;
    hits++;
    gain += 1 / Math.log2(position + 2);
  }
  const n = Math.max(heldOut.size, 1);
  return { recallAtK: hits / n, ndcgAtK: gain / n };
}
