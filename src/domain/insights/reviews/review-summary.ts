import type { Review } from "../review.js";
import { flagRisingNegatives, type RisingNegativeFlag, type RisingNegativeOptions } from "./flag-rising-negatives.js";
import { type ReviewTrendPoint, reviewTrend } from "./review-trend.js";
import { type ReviewGroupSummary, summarizeGroup, summarizeReviews } from "./summarize-reviews.js";

/** Everything the review dashboard and `kefu reviews analyze` show. */
export interface ReviewSummary {
  /** All reviews in scope, with overall figures and aspect tallies. */
  overall: ReviewGroupSummary;
  /** Reviews with an analysed sentiment. */
  analyzed: number;
  categories: ReviewGroupSummary[];
  /** Most-reviewed products first, at most `productLimit`. */
  products: ReviewGroupSummary[];
  trend: ReviewTrendPoint[];
  flagged: RisingNegativeFlag[];
}

export interface ReviewSummaryOptions extends Omit<RisingNegativeOptions, "until"> {
  /** End of the flagging windows; default: just after the newest review. */
  until?: string;
  bucket?: "day" | "week" | "month";
  timeZone?: string;
  productLimit?: number;
}

/** Per-category and per-product figures, a time series and the products turning negative. */
export function buildReviewSummary(reviews: readonly Review[], options: ReviewSummaryOptions = {}): ReviewSummary {
  const newest = reviews.reduce((max, r) => Math.max(max, Date.parse(r.createdAt)), 0);
  const until = options.until ?? new Date(newest + 1).toISOString();
  return {
    overall: { ...summarizeGroup("all", reviews), category: "" },
    analyzed: reviews.filter((r) => r.sentiment !== undefined).length,
    categories: summarizeReviews(reviews, "category"),
    products: summarizeReviews(reviews, "product").slice(0, options.productLimit ?? 20),
    trend: reviewTrend(reviews, options.bucket ?? "week", options.timeZone),
    flagged: flagRisingNegatives(reviews, { ...options, until }),
  };
}
