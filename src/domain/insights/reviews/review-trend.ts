import { zonedDayKey } from "../../followups/zoned-time.js";
import type { Review } from "../review.js";
import { isNegativeReview } from "./analyze-review.js";

/** Review volume and polarity of one category in one period. */
export interface ReviewTrendPoint {
  /** First day of the period (YYYY-MM-DD). */
  period: string;
  category: string;
  count: number;
  negativeShare: number;
  averageSentiment: number | null;
}

/** Period key of an instant: its day, its ISO week's Monday, or its month's first day. */
export function periodKey(iso: string, bucket: "day" | "week" | "month", timeZone = "UTC"): string {
  const day = zonedDayKey(iso, timeZone);
  if (bucket === "day") return day;
  if (bucket === "month") return `${day.slice(0, 7)}-01`;
  const date = new Date(`${day}T00:00:00Z`);
  const back = (date.getUTCDay() + 6) % 7;
  return new Date(date.getTime() - back * 86_400_000).toISOString().slice(0, 10);
}

/** Per-category review series over time, oldest period first, for dashboard charts. */
export function reviewTrend(
  reviews: readonly Review[],
  bucket: "day" | "week" | "month",
  timeZone = "UTC",
): ReviewTrendPoint[] {
  const cells = new Map<string, { period: string; category: string; reviews: Review[] }>();
  for (const r of reviews) {
    const period = periodKey(r.createdAt, bucket, timeZone);
    const category = r.category || "(none)";
    const key = `${period}\u0000${category}`;
    const cell = cells.get(key) ?? { period, category, reviews: [] };
    cell.reviews.push(r);
    cells.set(key, cell);
  }
  return [...cells.values()]
    .sort((a, b) => a.period.localeCompare(b.period) || a.category.localeCompare(b.category))
    .map(({ period, category, reviews: list }) => {
      const judged = list.map(isNegativeReview).filter((v): v is boolean => v !== undefined);
      const scored = list.flatMap((r) => (r.sentiment === undefined ? [] : [r.sentiment]));
      return {
        period,
        category,
        count: list.length,
        negativeShare: judged.length === 0 ? 0 : judged.filter(Boolean).length / judged.length,
        averageSentiment: scored.length === 0 ? null : scored.reduce((s, v) => s + v, 0) / scored.length,
      };
    });
}
