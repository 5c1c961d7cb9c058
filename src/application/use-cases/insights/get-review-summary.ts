import { buildReviewSummary, type ReviewSummary } from "../../../domain/insights/reviews/review-summary.js";
import type { Clock } from "../../ports/clock.js";
import type { Store } from "../../ports/store.js";

export interface ReviewSummaryQuery {
  since?: string;
  until?: string;
  productId?: string;
  category?: string;
  bucket?: "day" | "week" | "month";
  /** Flagging window in days (default 30). */
  windowDays?: number;
  minCount?: number;
  margin?: number;
  timeZone?: string;
}

/** A product's names, so the dashboard shows names rather than ids. */
export interface ProductName {
  name: string;
  /** Chinese name, null when the catalogue has none. */
  nameZh: string | null;
}

/** The summary with the names of the products it mentions (ids not in the catalogue are left out). */
export interface ReviewSummaryView extends ReviewSummary {
  productNames: Record<string, ProductName>;
}

/** Review sentiment and aspects per category and product, a trend and the products turning negative. */
export async function getReviewSummary(
  deps: { store: Store; clock: Clock },
  query: ReviewSummaryQuery = {},
): Promise<ReviewSummaryView> {
  const until = query.until ?? deps.clock.nowIso();
  const reviews = (await deps.store.reviews.all()).filter(
    (r) =>
      r.createdAt < until &&
      (query.since === undefined || r.createdAt >= query.since) &&
      (query.productId === undefined || r.productId === query.productId) &&
      (query.category === undefined || r.category === query.category),
  );
  const summary = buildReviewSummary(reviews, {
    until,
    ...(query.bucket ? { bucket: query.bucket } : {}),
    ...(query.windowDays !== undefined ? { windowDays: query.windowDays } : {}),
    ...(query.minCount !== undefined ? { minCount: query.minCount } : {}),
    ...(query.margin !== undefined ? { margin: query.margin } : {}),
    ...(query.timeZone ? { timeZone: query.timeZone } : {}),
  });
  const ids = new Set([...summary.products.map((p) => p.key), ...summary.flagged.map((f) => f.productId)]);
  const productNames: Record<string, ProductName> = {};
  for (const id of ids) {
    const product = await deps.store.products.get(id);
    if (product) productNames[id] = { name: product.name, nameZh: product.nameZh ?? null };
  }
  return { ...summary, productNames };
}
