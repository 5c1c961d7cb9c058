import { describe, expect, it } from "vitest";
import type { Review } from "../review.js";
import { lexiconReviewScorer } from "../sentiment/review-sentiment-scorer.js";
import { analyzeReview, isNegativeReview } from "./analyze-review.js";
import { flagRisingNegatives, twoProportionZ } from "./flag-rising-negatives.js";
import { periodKey, reviewTrend } from "./review-trend.js";
import { summarizeReviews } from "./summarize-reviews.js";

let n = 0;
const review = (productId: string, createdAt: string, sentiment: number, aspects: Review["aspects"] = {}): Review => ({
  id: `r${++n}`,
  productId,
  category: productId.startsWith("shoe") ? "shoes" : "bags",
  text: "…",
  createdAt,
  sentiment,
  aspects,
});

describe("analyzeReview", () => {
  it("stores sentiment and aspects", () => {
    const r = analyzeReview(
      { id: "x", category: "", text: "质量很好，物流太慢", createdAt: "2026-01-01T00:00:00Z" },
      lexiconReviewScorer,
    );
    expect(r.aspects).toEqual({ quality: 1, logistics: -1 });
    expect(r.sentiment).toBeGreaterThanOrEqual(0);
    expect(r.sentiment).toBeLessThanOrEqual(1);
  });

  it("judges negativity by sentiment, then by stars", () => {
    expect(isNegativeReview({ sentiment: 0.2, rating: 5 })).toBe(true);
    expect(isNegativeReview({ rating: 2 })).toBe(true);
    expect(isNegativeReview({ rating: 3 })).toBe(false);
    expect(isNegativeReview({})).toBeUndefined();
  });
});

describe("summaries", () => {
  const reviews = [
    review("shoe1", "2026-01-01T10:00:00Z", 0.9, { quality: 1 }),
    review("shoe1", "2026-01-02T10:00:00Z", 0.1, { size: -1, quality: 0 }),
    review("bag1", "2026-01-09T10:00:00Z", 0.3, { quality: -1 }),
  ];

  it("aggregates per product and per category", () => {
    const [shoe] = summarizeReviews(reviews, "product");
    expect(shoe).toMatchObject({ key: "shoe1", category: "shoes", count: 2, negative: 1, negativeShare: 0.5 });
    expect(shoe?.averageSentiment).toBeCloseTo(0.5, 10);
    expect(shoe?.aspects.quality).toEqual({ positive: 1, negative: 0, mixed: 1 });
    expect(summarizeReviews(reviews, "category").map((s) => [s.key, s.count])).toEqual([
      ["shoes", 2],
      ["bags", 1],
    ]);
  });

  it("builds weekly trends with Monday keys", () => {
    expect(periodKey("2026-01-01T10:00:00Z", "week")).toBe("2025-12-29");
    expect(periodKey("2026-01-09T10:00:00Z", "month")).toBe("2026-01-01");
    const trend = reviewTrend(reviews, "week");
    expect(trend.map((p) => [p.period, p.category, p.count])).toEqual([
      ["2025-12-29", "shoes", 2],
      ["2026-01-05", "bags", 1],
    ]);
  });
});

describe("flagRisingNegatives", () => {
  const day = (d: number) => new Date(Date.UTC(2026, 0, 1) + d * 86_400_000).toISOString();
  // Window length 10 days, until day 20: previous = days 0–9, last = days 10–19.
  const many = (productId: string, from: number, good: number, bad: number) => [
    ...Array.from({ length: good }, (_, i) => review(productId, day(from + (i % 10)), 0.9)),
    ...Array.from({ length: bad }, (_, i) => review(productId, day(from + (i % 10)), 0.1, { quality: -1 })),
  ];
  const options = { until: day(20), windowDays: 10, minCount: 5, margin: 0.15 };

  it("flags a significant rise and names the criticised aspect", () => {
    const flags = flagRisingNegatives([...many("shoe1", 0, 9, 1), ...many("shoe1", 10, 4, 6)], options);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ productId: "shoe1", topNegativeAspects: [{ aspect: "quality", count: 6 }] });
    expect(flags[0]?.previous.negativeShare).toBeCloseTo(0.1, 10);
    expect(flags[0]?.last.negativeShare).toBeCloseTo(0.6, 10);
    expect(flags[0]?.increase).toBeCloseTo(0.5, 10);
  });

  it("ignores small samples, small rises and falls", () => {
    expect(flagRisingNegatives([...many("shoe1", 0, 3, 0), ...many("shoe1", 10, 1, 3)], options)).toEqual([]);
    expect(flagRisingNegatives([...many("shoe1", 0, 8, 2), ...many("shoe1", 10, 7, 3)], options)).toEqual([]);
    expect(flagRisingNegatives([...many("shoe1", 0, 2, 8), ...many("shoe1", 10, 8, 2)], options)).toEqual([]);
  });

  it("computes the pooled two-proportion z statistic", () => {
    // p1 = 1/10, p2 = 6/10, pooled 0.35: z = 0.5 / sqrt(0.35·0.65·0.2) ≈ 2.3440
    expect(twoProportionZ({ count: 10, negative: 1 }, { count: 10, negative: 6 })).toBeCloseTo(2.344, 3);
  });
});
