import type { CsvTable } from "../../reports/csv.js";
import { Aspect } from "../aspects/aspect.js";
import type { ReviewSummary } from "./review-summary.js";
import type { ReviewGroupSummary } from "./summarize-reviews.js";

/** The review dashboard's tables, each exportable as CSV. */
export const REVIEW_TABLES = ["categories", "products", "trend", "flagged", "aspects"] as const;
export type ReviewTable = (typeof REVIEW_TABLES)[number];

const round = (value: number | null): number | null => (value === null ? null : Number(value.toFixed(4)));

function groupRows(groups: readonly ReviewGroupSummary[], name: (key: string) => string | undefined) {
  return groups.map((g) => [
    g.key,
    name(g.key) ?? "",
    g.category,
    g.count,
    round(g.averageSentiment),
    g.negative,
    round(g.negativeShare),
  ]);
}

const GROUP_HEADER = ["negative", "negative_share"];

/** One review dashboard table as rows; `productName` turns product ids into names. */
export function reviewTable(
  s: ReviewSummary,
  table: ReviewTable,
  productName: (id: string) => string | undefined = () => undefined,
): CsvTable {
  switch (table) {
    case "categories":
      return {
        header: ["category", "reviews", "average_sentiment", ...GROUP_HEADER],
        rows: groupRows(s.categories, () => undefined).map(([key, , , ...rest]) => [key, ...rest]),
      };
    case "products":
      return {
        header: ["product_id", "product", "category", "reviews", "average_sentiment", ...GROUP_HEADER],
        rows: groupRows(s.products, productName),
      };
    case "trend":
      return {
        header: ["period", "category", "reviews", "negative_share", "average_sentiment"],
        rows: s.trend.map((p) => [p.period, p.category, p.count, round(p.negativeShare), round(p.averageSentiment)]),
      };
    case "flagged":
      return {
        header: [
          "product_id",
          "product",
          "category",
          "previous_negative_share",
          "last_negative_share",
          "increase",
          "z",
          "top_negative_aspects",
        ],
        rows: s.flagged.map((f) => [
          f.productId,
          productName(f.productId) ?? "",
          f.category,
          round(f.previous.negativeShare),
          round(f.last.negativeShare),
          round(f.increase),
          round(f.z),
          f.topNegativeAspects.map((a) => `${a.aspect}:${a.count}`).join(" "),
        ]),
      };
    case "aspects":
      return {
        header: ["aspect", "positive", "negative", "mixed"],
        rows: Aspect.options.map((a) => {
          const t = s.overall.aspects[a];
          return [a, t.positive, t.negative, t.mixed];
        }),
      };
  }
}
