import type { FastifyPluginAsync } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Clock } from "../../../application/ports/clock.js";
import type { IdGenerator } from "../../../application/ports/id-generator.js";
import type { JobQueue } from "../../../application/ports/job-queue.js";
import type { Logger } from "../../../application/ports/logger.js";
import type { Store } from "../../../application/ports/store.js";
import { getReviewSummary } from "../../../application/use-cases/insights/get-review-summary.js";
import { listHighRiskOrders } from "../../../application/use-cases/insights/list-high-risk-orders.js";
import { recommendForCustomer } from "../../../application/use-cases/insights/recommend-for-customer.js";
import { RecommenderCache } from "../../../application/use-cases/insights/recommender-cache.js";
import { ReviewAnalysisRun } from "../../../application/use-cases/insights/review-analysis-run.js";
import { scoreOrderRisk } from "../../../application/use-cases/insights/score-order-risk.js";
import { trainRiskModel } from "../../../application/use-cases/insights/train-risk-model.js";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import type { ReviewSentimentScorer } from "../../../domain/insights/sentiment/review-sentiment-scorer.js";
import { Locale } from "../../../domain/locale.js";
import { createJobQueue } from "../../../infrastructure/queue/create-job-queue.js";
import { lazyReviewScorer, loadReviewScorer } from "../../../infrastructure/queue/load-review-scorer.js";
import { silentLogger } from "../../../infrastructure/system/pino-logger.js";
import { requireShopper, requireStaff } from "../auth/guards.js";
import {
  HighRiskOrdersResponse,
  OrderRiskResponse,
  RecommendationList,
  ReviewPage,
  ReviewSummaryResponse,
  RiskModelSummary,
  ShopperRecommendationList,
} from "../insights-responses.js";
import { followupRoutes } from "./followup-routes.js";
import { reviewAnalysisRoutes } from "./insights-review-analysis-routes.js";
import { reviewExportRoutes } from "./insights-review-export-routes.js";
import { reviewImportRoutes } from "./insights-review-import-routes.js";
import { metricsExportRoutes } from "./metrics-export-routes.js";
import { metricsRoutes, PeriodQuery } from "./metrics-routes.js";

const Limit = z.coerce.number().int().min(1).max(50).default(10);
const Flag = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

/** Review insights, after-sales risk and recommendations for staff; recommendations for the widget. */
export function insightsRoutes(deps: {
  store: Store;
  clock: Clock;
  recommenders?: RecommenderCache;
}): FastifyPluginAsync {
  const recommenders = deps.recommenders ?? new RecommenderCache();
  const recDeps = { store: deps.store, clock: deps.clock, recommenders };
  return async (plain) => {
    const app = plain.withTypeProvider<ZodTypeProvider>();

    app.get(
      "/insights/reviews/summary",
      {
        schema: {
          tags: ["insights"],
          summary: "Review sentiment and aspects per category and product, trend, products turning negative",
          querystring: PeriodQuery.extend({
            productId: z.string().min(1).optional(),
            category: z.string().min(1).optional(),
            bucket: z.enum(["day", "week", "month"]).default("week"),
            windowDays: z.coerce.number().int().min(1).max(365).optional(),
            minCount: z.coerce.number().int().min(1).optional(),
            margin: z.coerce.number().min(0).max(1).optional(),
          }),
          response: { 200: ReviewSummaryResponse },
        },
      },
      async (request) => {
        requireStaff(request);
        const { since, until, ...rest } = request.query;
        return getReviewSummary(deps, {
          ...rest,
          ...(since ? { since: new Date(since).toISOString() } : {}),
          ...(until ? { until: new Date(until).toISOString() } : {}),
        });
      },
    );

    app.get(
      "/insights/risk",
      {
        schema: {
          tags: ["insights"],
          summary: "Open orders ranked by after-sales risk with the top reasons (heuristic until a model is trained)",
          querystring: z.object({
            limit: z.coerce.number().int().min(1).max(500).default(50),
            includeLow: Flag.default(false),
            locale: Locale.default("en"),
          }),
          response: { 200: HighRiskOrdersResponse },
        },
      },
      async (request) => {
        requireStaff(request);
        // Without a trained model the heuristic ranks the orders and `model` is null.
        return listHighRiskOrders(deps, request.query);
      },
    );

    app.get(
      "/insights/reviews",
      {
        schema: {
          tags: ["insights"],
          summary: "Stored reviews with their sentiment and aspects",
          querystring: z.object({
            productId: z.string().min(1).optional(),
            category: z.string().min(1).optional(),
            since: z.string().datetime({ offset: true }).optional(),
            offset: z.coerce.number().int().min(0).default(0),
            limit: z.coerce.number().int().min(1).max(500).default(50),
          }),
          response: { 200: ReviewPage },
        },
      },
      async (request) => {
        requireStaff(request);
        const { since, ...rest } = request.query;
        return deps.store.reviews.list({ ...rest, ...(since ? { since: new Date(since).toISOString() } : {}) });
      },
    );

    app.post(
      "/insights/risk/train",
      {
        config: { access: "admin" },
        schema: {
          tags: ["insights"],
          summary: "Train the after-sales risk model on settled orders; returns held-out AUC, precision and recall",
          body: z.object({ threshold: z.number().min(0).max(1).optional() }).optional(),
          response: { 200: RiskModelSummary },
        },
      },
      async (request) => {
        const threshold = request.body?.threshold;
        const model = await trainRiskModel(deps, threshold !== undefined ? { threshold } : {});
        return { threshold: model.threshold, trainedAt: model.trainedAt, metrics: model.metrics };
      },
    );

    app.get(
      "/insights/risk/:orderId",
      {
        schema: {
          tags: ["insights"],
          params: z.object({ orderId: z.string().min(1).max(200) }),
          querystring: z.object({ locale: Locale.default("en") }),
          response: { 200: OrderRiskResponse },
        },
      },
      async (request) => {
        requireStaff(request);
        return scoreOrderRisk(deps, { orderId: request.params.orderId, locale: request.query.locale });
      },
    );

    app.get(
      "/insights/recommendations/:customerId",
      {
        schema: {
          tags: ["insights"],
          params: z.object({ customerId: z.string().min(1).max(200) }),
          querystring: z.object({
            limit: Limit,
            locale: Locale.default("en"),
            anchorProductId: z.string().min(1).optional(),
          }),
          response: { 200: RecommendationList },
        },
      },
      async (request) => {
        requireStaff(request);
        const customer = await deps.store.customers.get(request.params.customerId);
        if (!customer) throw new KefuError("CUSTOMER_NOT_FOUND", `customer ${request.params.customerId} not found`);
        const items = await recommendForCustomer(recDeps, { customerId: customer.id, ...request.query });
        return { items };
      },
    );

    app.get(
      "/widget/recommendations",
      {
        config: { access: "shopper" },
        schema: {
          tags: ["widget"],
          querystring: z.object({ limit: Limit, locale: Locale.optional() }),
          response: { 200: ShopperRecommendationList },
        },
      },
      async (request) => {
        const conversationId = requireShopper(request);
        const conversation = await deps.store.conversations.get(conversationId);
        if (!conversation)
          throw new KefuError("CONVERSATION_NOT_FOUND", `Conversation ${conversationId} does not exist`);
        // Until the shopper proves who they are, only popular products (no personal data) are shown.
        const items = await recommendForCustomer(recDeps, {
          ...(conversation.verifiedCustomerId ? { customerId: conversation.verifiedCustomerId } : {}),
          limit: request.query.limit,
          locale: request.query.locale ?? conversation.locale,
        });
        return { items: items.map((r) => ({ productId: r.productId, name: r.name, reason: r.reason })) };
      },
    );
  };
}

/**
 * Every insights route plugin (reviews, review import, risk, recommendations, metrics, follow-ups),
 * for `createServer({ createExtraRoutes: insightsRouteFactories })`. One recommender cache is shared.
 * Review imports queue their analysis on `jobs`, or else on the queue the server's background jobs
 * use (BullMQ when `config.redisUrl` is set, the jobs table otherwise), opened on first import.
 */
export function insightsRouteFactories(runtime: {
  store: Store;
  clock: Clock;
  ids: IdGenerator;
  logger?: Logger;
  config?: { redisUrl?: string | undefined; redisPrefix?: string | undefined; dataDir?: string | undefined };
  jobs?: JobQueue;
  /** Scores reviews for `POST /insights/reviews/analyze`; default: the deployment's review scorer, loaded on first use. */
  reviewScorer?: () => Promise<ReviewSentimentScorer>;
}): FastifyPluginAsync[] {
  let opened: JobQueue | undefined;
  const queue = (): JobQueue => {
    opened ??=
      runtime.jobs ??
      createJobQueue({
        redisUrl: runtime.config?.redisUrl,
        store: runtime.store,
        clock: runtime.clock,
        logger: runtime.logger ?? silentLogger,
        bullmq: { prefix: runtime.config?.redisPrefix ?? "kefu" },
      });
    return opened;
  };
  const importRoutes = reviewImportRoutes({ ...runtime, queue });
  const analysis = new ReviewAnalysisRun({
    store: runtime.store,
    clock: runtime.clock,
    logger: runtime.logger ?? silentLogger,
    scorer: runtime.reviewScorer ?? lazyReviewScorer(() => loadReviewScorer(runtime.config?.dataDir ?? "data")),
  });
  const closing: FastifyPluginAsync = async (app) => {
    await importRoutes(app, {});
    // Only a queue opened here is ours to close (it holds a Redis connection under BullMQ).
    app.addHook("onClose", async () => {
      if (opened && opened !== runtime.jobs) await opened.stop();
    });
  };
  return [
    insightsRoutes(runtime),
    closing,
    reviewAnalysisRoutes({ run: analysis }),
    reviewExportRoutes(runtime),
    metricsRoutes(runtime),
    metricsExportRoutes(runtime),
    followupRoutes(runtime),
  ];
}
