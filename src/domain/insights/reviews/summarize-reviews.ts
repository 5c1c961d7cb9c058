import { Aspect } from "../aspects/aspect.js";
import type { Review } from "../review.js";
import { isNegativeReview } from "./analyze-review.js";

/** How often an aspect was praised, criticised or both within the group's reviews. */
export interface AspectTally {
  positive: number;
  negative: number;
  mixed: number;
}

/** Sentiment and aspect figures for one product or category. */
export interface ReviewGroupSummary {
  /** Product id or category name. */
  key: string;
  category: string;
  count: number;
  /** Mean analysed sentiment in [0, 1], null when none is analysed. */
  averageSentiment: number | null;
  /** Share of judged reviews that are negative. */
  negativeShare: number;
  negative: number;
  aspects: Record<Aspect, AspectTally>;
}

/** An all-zero tally for every aspect. */
export function emptyAspectTallies(): Record<Aspect, AspectTally> {
  const zero = (): AspectTally => ({ positive: 0, negative: 0, mixed: 0 });
  return {
    quality: zero(),
    logistics: zero(),
    packaging: zero(),
    service: zero(),
    price: zero(),
    size: zero(),
    authenticity: zero(),
  };
}

/** Summaries per product (reviews without a product are skipped) or per category, largest first. */
export function summarizeReviews(reviews: readonly Review[], by: "product" | "category"): ReviewGroupSummary[] {
  const groups = new Map<string, Review[]>();
  for (const r of reviews) {
    const key = by === "product" ? r.productId : r.category || "(none)";
    if (key === undefined) continue;
    const list = groups.get(key) ?? [];
    list.push(r);
    groups.set(key, list);
  }
  return [...groups.entries()]
    .map(([key, list]) => summarizeGroup(key, list))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/** Figures for one group of reviews. */
export function summarizeGroup(key: string, reviews: readonly Review[]): ReviewGroupSummary {
  const aspects = emptyAspectTallies();
  let sentimentSum = 0;
  let sentimentCount = 0;
  let judged = 0;
  let negative = 0;
  for (const r of reviews) {
    if (r.sentiment !== undefined) {
      sentimentSum += r.sentiment;
      sentimentCount++;
    }
    const neg = isNegativeReview(r);
    if (neg !== undefined) {
      judged++;
      if (neg) negative++;
    }
    for (const [name, polarity] of Object.entries(r.aspects ?? {})) {
      const parsed = Aspect.safeParse(name);
      if (!parsed.success) continue;
      const tally = aspects[parsed.data];
      if (polarity > 0) tally.positive++;
      else if (polarity < 0) tally.negative++;
      else tally.mixed++;
    }
  }
  return {
    key,
    category: reviews[0]?.category ?? "",
    count: reviews.length,
    averageSentiment: sentimentCount === 0 ? null : sentimentSum / sentimentCount,
    negativeShare: judged === 0 ? 0 : negative / judged,
    negative,
    aspects,
  };
}
