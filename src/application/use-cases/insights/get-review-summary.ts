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

/** Review sentiment and aspects per category and product, a trend and the products turning negative. */
export async function getReviewSummary(
  deps: { store: Store; clock: Clock },
  query: ReviewSummaryQuery = {},
): Promise<ReviewSummary> {
  const until = query.until ?? deps.clock.nowIso();
  const reviews = (await deps.store.reviews.all()).filter(
    (r) =>
      r.createdAt < until &&
      (query.since === undefined || r.createdAt >= query.since) &&
      (query.productId === undefined || r.productId === query.productId) &&
      (query.category === undefined || r.category === query.category),
  );
  return buildReviewSummary(reviews, {
    until,
    ...(query.bucket ? { bucket: query.bucket } : {}),
    ...(query.windowDays !== undefined ? { windowDays: query.windowDays } : {}),
    ...(query.minCount !== undefined ? { minCount: query.minCount } : {}),
    ...(query.margin !== undefined ? { margin: query.margin } : {}),
    ...(query.timeZone ? { timeZone: query.timeZone } : {}),
  });
}
