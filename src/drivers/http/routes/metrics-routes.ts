import type { FastifyPluginAsync } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Clock } from "../../../application/ports/clock.js";
import type { Store } from "../../../application/ports/store.js";
import { getServiceMetrics } from "../../../application/use-cases/insights/get-service-metrics.js";
import { isValidTimeZone } from "../../../domain/followups/zoned-time.js";
import { requireStaff } from "../auth/guards.js";
import { ServiceMetricsResponse } from "../insights-responses.js";

/** Period query shared by the dashboard endpoints. */
export const PeriodQuery = z.object({
  since: z.string().datetime({ offset: true }).optional(),
  until: z.string().datetime({ offset: true }).optional(),
  timeZone: z.string().refine(isValidTimeZone, "unknown time zone").optional(),
});

/** `GET /metrics/service`: service-quality metrics for the dashboards (staff). */
export function metricsRoutes(deps: { store: Store; clock: Clock }): FastifyPluginAsync {
  return async (plain) => {
    const app = plain.withTypeProvider<ZodTypeProvider>();
    app.get(
      "/metrics/service",
      {
        schema: {
          tags: ["metrics"],
          summary: "First response, resolution, containment, handoffs, CSAT, sentiment, intents, agents, daily series",
          querystring: PeriodQuery,
          response: { 200: ServiceMetricsResponse },
        },
      },
      async (request) => {
        requireStaff(request);
        const q = request.query;
        return getServiceMetrics(deps, {
          ...(q.since ? { since: new Date(q.since).toISOString() } : {}),
          ...(q.until ? { until: new Date(q.until).toISOString() } : {}),
          ...(q.timeZone ? { timeZone: q.timeZone } : {}),
        });
      },
    );
  };
}
