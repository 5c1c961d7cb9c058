import type { Recommendation } from "../../../domain/insights/recommend/recommender.js";
import type { Locale } from "../../../domain/locale.js";
import type { Clock } from "../../ports/clock.js";
import type { Store } from "../../ports/store.js";
import { RecommenderCache } from "./recommender-cache.js";

export interface RecommendForCustomerInput {
  /** The verified shopper; without one, popular products are shown. */
  customerId?: string;
  limit?: number;
  locale?: Locale;
  /** A product just returned or exchanged: suggest a replacement or an accessory for it. */
  anchorProductId?: string;
  exclude?: readonly string[];
}

const defaultCache = new RecommenderCache();

/** Recommendations with a reason each, for the widget, the chat after a return and the API. */
export async function recommendForCustomer(
  deps: { store: Store; clock: Clock; recommenders?: RecommenderCache },
  input: RecommendForCustomerInput,
): Promise<Recommendation[]> {
  const recommender = await (deps.recommenders ?? defaultCache).get(deps);
  return recommender.recommend({
    customerId: input.customerId ?? "",
    limit: Math.min(Math.max(input.limit ?? 10, 1), 50),
    locale: input.locale ?? "en",
    ...(input.anchorProductId ? { anchorProductId: input.anchorProductId } : {}),
    ...(input.exclude ? { exclude: input.exclude } : {}),
  });
}
