import type { Locale } from "../../locale.js";
import type { CatalogItem } from "./catalog-item.js";
import { ContentSimilarity } from "./content-similarity.js";
import { ItemCooccurrence } from "./item-cooccurrence.js";
import type { Purchase } from "./purchase-history.js";
import { type ReasonBasis, reasonText } from "./recommendation-reason.js";

/** How the three signals are blended; they need not sum to 1. */
export interface RecommenderWeights {
  coPurchase: number;
  content: number;
  popularity: number;
}

export const DEFAULT_RECOMMENDER_WEIGHTS: RecommenderWeights = { coPurchase: 0.6, content: 0.3, popularity: 0.1 };

export interface RecommendRequest {
  customerId: string;
  /** Default 10. */
  limit?: number;
  /** Language of the reasons (default en). */
  locale?: Locale;
  /** A product just returned or exchanged: seed with it to find replacements and accessories. */
  anchorProductId?: string;
  /** More products to leave out, e.g. already in the cart. */
  exclude?: readonly string[];
}

export interface Recommendation {
  productId: string;
  name: string;
  score: number;
  source: "co_purchase" | "similar" | "popular";
  basedOnProductId?: string;
  reason: string;
}

interface Scored {
  productId: string;
  score: number;
  basis: ReasonBasis;
}

/**
 * Blends item-to-item collaborative filtering, content similarity and popularity. Shoppers
 * without kept purchases get popularity alone. Never recommends what the shopper has, returned
 * or cannot buy (unless `excludeUnavailable` is off, as in offline evaluation).
 */
export class Recommender {
  private readonly items = new Map<string, CatalogItem>();
  private readonly kept = new Map<string, string[]>();
  private readonly owned = new Map<string, Set<string>>();
  private readonly cooccurrence: ItemCooccurrence;
  private readonly content: ContentSimilarity;
  private readonly maxBuyers: number;
  private readonly weights: RecommenderWeights;
  private readonly excludeUnavailable: boolean;

  constructor(
    catalog: readonly CatalogItem[],
    purchases: readonly Purchase[],
    options: { weights?: RecommenderWeights; excludeUnavailable?: boolean } = {},
  ) {
    for (const item of catalog) this.items.set(item.productId, item);
    const returned = new Map<string, Set<string>>();
    for (const p of [...purchases].sort((a, b) => a.sequence - b.sequence)) {
      const owned = this.owned.get(p.customerId) ?? new Set<string>();
      owned.add(p.productId);
      this.owned.set(p.customerId, owned);
      const kept = this.kept.get(p.customerId) ?? [];
      if (!kept.includes(p.productId)) kept.push(p.productId);
      this.kept.set(p.customerId, kept);
      if (p.returned) returned.set(p.customerId, (returned.get(p.customerId) ?? new Set()).add(p.productId));
    }
    // A product the shopper sent back says nothing good about their taste, even if bought twice.
    for (const [customer, gone] of returned) {
      this.kept.set(
        customer,
        (this.kept.get(customer) ?? []).filter((id) => !gone.has(id)),
      );
    }
    this.cooccurrence = new ItemCooccurrence([...this.kept.values()].map((k) => new Set(k)));
    this.content = new ContentSimilarity(catalog);
    this.maxBuyers = Math.max(1, ...catalog.map((c) => this.cooccurrence.buyerCount(c.productId)));
    this.weights = options.weights ?? DEFAULT_RECOMMENDER_WEIGHTS;
    this.excludeUnavailable = options.excludeUnavailable ?? true;
  }

  /** Products the shopper kept, oldest first. */
  history(customerId: string): readonly string[] {
    return this.kept.get(customerId) ?? [];
  }

  /** Blended recommendations with reasons, best first. */
  recommend(request: RecommendRequest): Recommendation[] {
    const seeds = request.anchorProductId ? [request.anchorProductId] : this.history(request.customerId);
    const candidates = this.candidates(request);
    const scored = seeds.length === 0 ? this.byPopularity(candidates) : this.blend(seeds, candidates, request);
    return this.present(scored, request);
  }

  /** The popularity baseline over the same candidates. */
  popular(request: RecommendRequest): Recommendation[] {
    return this.present(this.byPopularity(this.candidates(request)), request);
  }

  private candidates(request: RecommendRequest): CatalogItem[] {
    const skip = new Set([...(this.owned.get(request.customerId) ?? []), ...(request.exclude ?? [])]);
    if (request.anchorProductId) skip.add(request.anchorProductId);
    return [...this.items.values()].filter(
      (item) => !skip.has(item.productId) && (item.available || !this.excludeUnavailable),
    );
  }

  private popularity(productId: string): number {
    return this.cooccurrence.buyerCount(productId) / this.maxBuyers;
  }

  private byPopularity(candidates: readonly CatalogItem[]): Scored[] {
    return candidates.map((c) => ({
      productId: c.productId,
      score: this.popularity(c.productId),
      basis: { kind: "popular" },
    }));
  }

  private blend(seeds: readonly string[], candidates: readonly CatalogItem[], request: RecommendRequest): Scored[] {
    const afterReturn = request.anchorProductId !== undefined;
    const cf = new Map<string, { sum: number; best: string; bestSim: number }>();
    for (const seed of seeds) {
      for (const [other, sim] of this.cooccurrence.neighbours(seed)) {
        const entry = cf.get(other) ?? { sum: 0, best: seed, bestSim: 0 };
        entry.sum += sim;
        if (sim > entry.bestSim) {
          entry.best = seed;
          entry.bestSim = sim;
        }
        cf.set(other, entry);
      }
    }
    let maxCf = 0;
    for (const c of candidates) maxCf = Math.max(maxCf, cf.get(c.productId)?.sum ?? 0);
    const w = this.weights;
    return candidates.map((c) => {
      let content = 0;
      let contentSeed = seeds[0] ?? "";
      for (const seed of seeds) {
        const s = this.content.similarity(seed, c.productId);
        if (s > content) [content, contentSeed] = [s, seed];
      }
      const co = cf.get(c.productId);
      const cfPart = maxCf > 0 ? (w.coPurchase * (co?.sum ?? 0)) / maxCf : 0;
      const contentPart = w.content * content;
      const score = cfPart + contentPart + w.popularity * this.popularity(c.productId);
      let basis: ReasonBasis = { kind: "popular" };
      if (co && cfPart >= contentPart && cfPart > 0) basis = { kind: "co_purchase", basedOn: co.best, afterReturn };
      else if (contentPart > 0) {
        const shared = this.content.sharedFeatures(contentSeed, c.productId);
        basis = { kind: "similar", basedOn: contentSeed, shared, afterReturn };
      }
      return { productId: c.productId, score, basis };
    });
  }

  private present(scored: Scored[], request: RecommendRequest): Recommendation[] {
    const locale = request.locale ?? "en";
    const nameOf = (id: string) => {
      const item = this.items.get(id);
      return (locale === "zh" ? item?.nameZh : undefined) ?? item?.name ?? id;
    };
    return scored
      .sort(
        (a, b) =>
          b.score - a.score ||
          this.popularity(b.productId) - this.popularity(a.productId) ||
          a.productId.localeCompare(b.productId),
      )
      .slice(0, request.limit ?? 10)
      .map((s) => ({
        productId: s.productId,
        name: nameOf(s.productId),
        score: s.score,
        source: s.basis.kind === "popular" ? "popular" : s.basis.kind === "co_purchase" ? "co_purchase" : "similar",
        ...(s.basis.kind === "popular" ? {} : { basedOnProductId: s.basis.basedOn }),
        reason: reasonText(s.basis, locale, nameOf),
      }));
  }
}
