import { Aspect } from "../aspects/aspect.js";

const ASPECT_NAMES = Aspect.options;

import type { Review } from "../review.js";
import { isNegativeReview } from "./analyze-review.js";

/** Negative share of one product in one time window. */
export interface WindowShare {
  from: string;
  until: string;
  /** Reviews with a judged polarity. */
  count: number;
  negative: number;
  negativeShare: number;
}

/** A product whose reviews turned more negative in the last window than in the one before. */
export interface RisingNegativeFlag {
  productId: string;
  category: string;
  previous: WindowShare;
  last: WindowShare;
  /** last.negativeShare − previous.negativeShare. */
  increase: number;
  /** Two-proportion z statistic of the increase. */
  z: number;
  /** Aspects most criticised in the last window, most first. */
  topNegativeAspects: { aspect: Aspect; count: number }[];
}

export interface RisingNegativeOptions {
  /** End of the last window (exclusive), ISO. */
  until: string;
  /** Window length in days (default 30). */
  windowDays?: number;
  /** Judged reviews needed in each window (default 5). */
  minCount?: number;
  /** Smallest increase of the negative share worth flagging (default 0.15). */
  margin?: number;
  /** Smallest z statistic (default 1.645, one-sided 5 %). */
  minZ?: number;
}

const DAY = 86_400_000;

/**
 * Flags products whose negative-review share rose from the previous window to the last one by
 * at least `margin`, with at least `minCount` judged reviews in both and a significant
 * two-proportion z test, biggest increase first.
 */
export function flagRisingNegatives(reviews: readonly Review[], options: RisingNegativeOptions): RisingNegativeFlag[] {
  const windowMs = (options.windowDays ?? 30) * DAY;
  const end = Date.parse(options.until);
  const mid = end - windowMs;
  const start = mid - windowMs;
  const iso = (ms: number) => new Date(ms).toISOString();
  const byProduct = new Map<string, Review[]>();
  for (const r of reviews) {
    const at = Date.parse(r.createdAt);
    if (!r.productId || at < start || at >= end) continue;
    const list = byProduct.get(r.productId) ?? [];
    list.push(r);
    byProduct.set(r.productId, list);
  }
  const flags: RisingNegativeFlag[] = [];
  for (const [productId, list] of byProduct) {
    const prevReviews = list.filter((r) => Date.parse(r.createdAt) < mid);
    const lastReviews = list.filter((r) => Date.parse(r.createdAt) >= mid);
    const previous = share(prevReviews, iso(start), iso(mid));
    const last = share(lastReviews, iso(mid), iso(end));
    const minCount = options.minCount ?? 5;
    if (previous.count < minCount || last.count < minCount) continue;
    const increase = last.negativeShare - previous.negativeShare;
    const z = twoProportionZ(previous, last);
    if (increase < (options.margin ?? 0.15) || z < (options.minZ ?? 1.645)) continue;
    flags.push({
      productId,
      category: list[0]?.category ?? "",
      previous,
      last,
      increase,
      z,
      topNegativeAspects: negativeAspects(lastReviews),
    });
  }
  return flags.sort((a, b) => b.increase - a.increase || a.productId.localeCompare(b.productId));
}

function share(reviews: readonly Review[], from: string, until: string): WindowShare {
  let count = 0;
  let negative = 0;
  for (const r of reviews) {
    const neg = isNegativeReview(r);
    if (neg === undefined) continue;
    count++;
    if (neg) negative++;
  }
  return { from, until, count, negative, negativeShare: count === 0 ? 0 : negative / count };
}

/** z of (p2 − p1) with the pooled proportion; +∞ for a rise from a pool with no spread. */
export function twoProportionZ(a: { count: number; negative: number }, b: { count: number; negative: number }): number {
  const pooled = (a.negative + b.negative) / (a.count + b.count);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / a.count + 1 / b.count));
  const diff = b.negative / b.count - a.negative / a.count;
  if (se === 0) return diff > 0 ? Number.POSITIVE_INFINITY : 0;
  return diff / se;
}

function negativeAspects(reviews: readonly Review[]): { aspect: Aspect; count: number }[] {
  const counts = new Map<Aspect, number>();
  for (const r of reviews) {
    for (const [aspect, polarity] of Object.entries(r.aspects ?? {})) {
      if (polarity >= 0) continue;
      const known = ASPECT_NAMES.find((a) => a === aspect);
      if (known) counts.set(known, (counts.get(known) ?? 0) + 1);
    }
  }
  return [...counts.entries()]
    .map(([aspect, count]) => ({ aspect, count }))
    .sort((x, y) => y.count - x.count || x.aspect.localeCompare(y.aspect))
    .slice(0, 3);
}
