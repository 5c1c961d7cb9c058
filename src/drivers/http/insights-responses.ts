import { z } from "zod";
import type { ConversationLlmUsage } from "../../application/llm/get-conversation-llm-usage.js";
import type { JobRecord } from "../../application/ports/insight-repositories.js";
import type { ReviewSummaryView } from "../../application/use-cases/insights/get-review-summary.js";
import type { OrderRisk } from "../../application/use-cases/insights/score-order-risk.js";
import { FollowupRules } from "../../domain/followups/followup-rules.js";
import { Aspect } from "../../domain/insights/aspects/aspect.js";
import type { Recommendation } from "../../domain/insights/recommend/recommender.js";
import { Review } from "../../domain/insights/review.js";
import { RiskModel } from "../../domain/insights/risk/risk-model.js";
import type { ServiceMetrics } from "../../domain/metrics/service-metrics.js";
import { Order } from "../../domain/shop/order.js";
import { pageOfSchema } from "./responses.js";

// Response schemas of the insights, metrics, follow-up and LLM-usage routes. The serializer drops keys a
// schema does not list, so each one is checked below to match its use case's type exactly.

/** True only when A and B are the same type (optional keys included). */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** Fails to compile unless given `true`. */
type Assert<T extends true> = T;

const Share = z.number().min(0).max(1);
const Mean = z.number().nullable();

const ReviewGroupSummary = z.object({
  key: z.string().describe("product id or category name"),
  category: z.string(),
  count: z.number().int(),
  averageSentiment: Mean.describe("mean analysed sentiment in [0, 1]; null when none is analysed"),
  negativeShare: Share,
  negative: z.number().int(),
  aspects: z.record(Aspect, z.object({ positive: z.number(), negative: z.number(), mixed: z.number() })),
});

const WindowShare = z.object({
  from: z.string(),
  until: z.string(),
  count: z.number().int(),
  negative: z.number().int(),
  negativeShare: Share,
});

export const ReviewSummaryResponse = z.object({
  overall: ReviewGroupSummary,
  analyzed: z.number().int(),
  categories: z.array(ReviewGroupSummary),
  products: z.array(ReviewGroupSummary),
  trend: z.array(
    z.object({
      period: z.string(),
      category: z.string(),
      count: z.number().int(),
      negativeShare: Share,
      averageSentiment: Mean,
    }),
  ),
  flagged: z.array(
    z.object({
      productId: z.string(),
      category: z.string(),
      previous: WindowShare,
      last: WindowShare,
      increase: z.number(),
      z: z.number().describe("two-proportion z statistic of the increase"),
      topNegativeAspects: z.array(z.object({ aspect: Aspect, count: z.number().int() })),
    }),
  ),
  productNames: z
    .record(z.string(), z.object({ name: z.string(), nameZh: z.string().nullable() }))
    .describe("names of the products above, by id"),
});
export type ReviewSummaryMatches = Assert<Same<z.infer<typeof ReviewSummaryResponse>, ReviewSummaryView>>;

export const ReviewPage = pageOfSchema(Review);

export const OrderRiskResponse = z.object({
  orderId: z.string(),
  customerId: z.string(),
  status: Order.shape.status,
  probability: Share,
  high: z.boolean(),
  method: z.enum(["model", "heuristic"]),
  reasons: z.array(z.object({ feature: z.string(), label: z.string(), value: z.number(), contribution: z.number() })),
});
export type OrderRiskMatches = Assert<Same<z.infer<typeof OrderRiskResponse>, OrderRisk>>;

/** What a trained risk model reports: its threshold, when it was trained and its held-out figures. */
export const RiskModelSummary = RiskModel.pick({ threshold: true, trainedAt: true, metrics: true });

export const HighRiskOrdersResponse = z.object({
  items: z.array(OrderRiskResponse),
  total: z.number().int(),
  model: RiskModelSummary.nullable().describe("null until a risk model is trained"),
  method: z.enum(["model", "heuristic"]),
  threshold: Share,
});

export const RecommendationResponse = z.object({
  productId: z.string(),
  name: z.string(),
  score: z.number(),
  source: z.enum(["co_purchase", "similar", "popular"]),
  basedOnProductId: z.string().optional(),
  reason: z.string(),
});
export type RecommendationMatches = Assert<Same<z.infer<typeof RecommendationResponse>, Recommendation>>;

export const RecommendationList = z.object({ items: z.array(RecommendationResponse) });
/** What the widget shows a shopper: no scores or sources. */
export const ShopperRecommendationList = z.object({
  items: z.array(RecommendationResponse.pick({ productId: true, name: true, reason: true })),
});

export const FollowupRulesResponse = FollowupRules;
export const OptOutListResponse = z.object({ customerIds: z.array(z.string()) });
export const OptOutResponse = z.object({ customerId: z.string(), optOut: z.boolean() });
export const ShopperOptOutResponse = z.object({ optOut: z.boolean() });

const JobResponse = z.object({
  id: z.string(),
  type: z.string().describe("handler name, e.g. followup.send"),
  payload: z.record(z.string(), z.unknown()),
  runAt: z.string(),
  status: z.enum(["queued", "running", "done", "failed", "cancelled"]),
  attempts: z.number().int(),
  lockedUntil: z.string().optional(),
  lastError: z.string().optional(),
  dedupeKey: z.string().optional(),
  createdAt: z.string(),
});
export type JobMatches = Assert<Same<z.infer<typeof JobResponse>, JobRecord>>;
export const JobPage = pageOfSchema(JobResponse);

const SecondsP50 = z.number().nullable();

export const ServiceMetricsResponse = z.object({
  since: z.string(),
  until: z.string(),
  timeZone: z.string(),
  conversations: z.number().int(),
  firstResponseSecondsP50: SecondsP50,
  firstResponseSecondsAvg: SecondsP50,
  humanFirstResponseSecondsP50: SecondsP50,
  resolutionSecondsP50: SecondsP50,
  resolved: z.number().int(),
  resolutionRate: Share,
  containmentRate: Share,
  handoffRate: Share,
  handoffReasons: z.record(z.string(), z.number().int()),
  csatAverage: Mean,
  csatCount: z.number().int(),
  csatDistribution: z.record(z.enum(["1", "2", "3", "4", "5"]), z.number().int()),
  sentimentTrend: z.array(
    z.object({ date: z.string(), average: z.number(), count: z.number().int(), negative: z.number().int() }),
  ),
  topIntents: z.array(z.object({ intent: z.string(), count: z.number().int(), share: Share })),
  perAgent: z.array(
    z.object({
      agentId: z.string(),
      conversations: z.number().int(),
      messages: z.number().int(),
      resolved: z.number().int(),
      firstResponseSecondsP50: SecondsP50,
      csatAverage: Mean,
      csatCount: z.number().int(),
    }),
  ),
  daily: z.array(
    z.object({
      date: z.string(),
      conversations: z.number().int(),
      resolved: z.number().int(),
      contained: z.number().int(),
      handedOff: z.number().int(),
      firstResponseSecondsP50: SecondsP50,
      csatAverage: Mean,
    }),
  ),
  followups: z.object({
    sent: z.number().int(),
    answered: z.number().int(),
    answerRate: Share,
    csatCount: z.number().int(),
    csatAverage: Mean,
  }),
});
export type ServiceMetricsMatches = Assert<Same<z.infer<typeof ServiceMetricsResponse>, ServiceMetrics>>;

const Outcomes = z.object({
  ok: z.number().int(),
  rejected: z.number().int(),
  failed: z.number().int(),
  skipped: z.number().int(),
});

export const LlmUsageResponse = z.object({
  conversationId: z.string(),
  calls: z.number().int().describe("calls that reached the model; skipped ones only count in outcomes"),
  inputTokens: z.number(),
  outputTokens: z.number(),
  costUsd: z.number(),
  latencyMsTotal: z.number(),
  latencyMsMean: z.number(),
  latencyMsMax: z.number(),
  outcomes: Outcomes,
  byPurpose: z.object({ understand: z.number().int(), phrase: z.number().int() }),
});
export type LlmUsageMatches = Assert<Same<z.infer<typeof LlmUsageResponse>, ConversationLlmUsage>>;
