/** Response shapes of the endpoints the admin pages read, taken from the server's own types. */

export type { ServiceMetricsComparison } from "../../../../src/application/use-cases/insights/compare-service-metrics.js";
export type { ReviewSummaryView } from "../../../../src/application/use-cases/insights/get-review-summary.js";
export type { ReviewAnalysisProgress } from "../../../../src/application/use-cases/insights/review-analysis-run.js";
export type { OrderRisk } from "../../../../src/application/use-cases/insights/score-order-risk.js";
export type { PublicStaffUser } from "../../../../src/application/use-cases/staff/public-staff-user.js";
export type { AuditEvent } from "../../../../src/domain/audit/audit-event.js";
export type { ReviewSummary } from "../../../../src/domain/insights/reviews/review-summary.js";
export type { ReviewGroupSummary } from "../../../../src/domain/insights/reviews/summarize-reviews.js";
export type { KbArticle } from "../../../../src/domain/kb/kb-article.js";
export type { ServiceMetrics } from "../../../../src/domain/metrics/service-metrics.js";

import type { RiskModel } from "../../../../src/domain/insights/risk/risk-model.js";

/** `{ items, total }` lists. */
export interface ListPage<T> {
  items: T[];
  total: number;
}

/** `GET /insights/risk`; `model` is null until a risk model is trained. */
export interface RiskList<T> extends ListPage<T> {
  model: Pick<RiskModel, "threshold" | "trainedAt" | "metrics"> | null;
}
export type { Recommendation } from "../../../../src/domain/insights/recommend/recommender.js";
