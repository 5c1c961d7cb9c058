import { z } from "zod";
import { catalogFromProducts } from "../../../domain/insights/recommend/catalog-item.js";
import { purchasesFromOrders } from "../../../domain/insights/recommend/purchase-history.js";
import { Recommender } from "../../../domain/insights/recommend/recommender.js";
import type { Clock } from "../../ports/clock.js";
import type { Store } from "../../ports/store.js";
import { loadShopHistory } from "./load-shop-history.js";

/** Settings key holding blend weights tuned by `kefu recommend eval --save`. */
export const RECOMMENDER_WEIGHTS_KEY = "recommender.weights";

/**
 * Builds the recommender from the store and keeps it for `ttlMs` (default 5 min): rebuilding
 * on every widget request would re-read every order.
 */
export class RecommenderCache {
  private built: { at: number; recommender: Recommender } | undefined;
  private pending: Promise<Recommender> | undefined;

  constructor(private readonly ttlMs = 300_000) {}

  async get(deps: { store: Store; clock: Clock }): Promise<Recommender> {
    const now = deps.clock.now().getTime();
    if (this.built && now - this.built.at < this.ttlMs) return this.built.recommender;
    this.pending ??= buildRecommender(deps.store).finally(() => {
      this.pending = undefined;
    });
    const recommender = await this.pending;
    this.built = { at: now, recommender };
    return recommender;
  }

  /** Forget the built recommender, e.g. after an import. */
  clear(): void {
    this.built = undefined;
  }
}

const SavedWeights = z.object({
  coPurchase: z.number().min(0),
  content: z.number().min(0),
  popularity: z.number().min(0),
});

/** A fresh recommender over the stored catalogue and orders, with saved blend weights if any. */
export async function buildRecommender(store: Store): Promise<Recommender> {
  const history = await loadShopHistory(store);
  const saved = SavedWeights.safeParse(await store.settings.get(RECOMMENDER_WEIGHTS_KEY));
  return new Recommender(
    catalogFromProducts(history.products),
    purchasesFromOrders(history.orders, history.afterSales),
    saved.success ? { weights: saved.data } : {},
  );
}
