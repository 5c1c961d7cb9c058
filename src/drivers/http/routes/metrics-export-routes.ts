import type { FastifyPluginAsync } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Clock } from "../../../application/ports/clock.js";
import type { Store } from "../../../application/ports/store.js";
import { compareServiceMetrics } from "../../../application/use-cases/insights/compare-service-metrics.js";
import { getServiceMetrics } from "../../../application/use-cases/insights/get-service-metrics.js";
import { METRICS_TABLES, metricsTable } from "../../../domain/metrics/metrics-tables.js";
import { COMPARED_KPIS } from "../../../domain/metrics/period-comparison.js";
import { requireStaff } from "../auth/guards.js";
import { dayOf, sendCsv } from "../csv-reply.js";
import { ServiceMetricsResponse } from "../insights-responses.js";
import { PeriodQuery } from "./metrics-routes.js";

const KpiDelta = z.object({
  current: z.number().nullable(),
  previous: z.number().nullable(),
  change: z.number().nullable().describe("current − previous"),
  relative: z.number().nullable().describe("(current − previous) / previous; null when previous is 0 or missing"),
});

const ComparisonResponse = z.object({
  current: ServiceMetricsResponse,
  previous: ServiceMetricsResponse.describe("the period of the same length just before"),
  deltas: z.object(
    Object.fromEntries(COMPARED_KPIS.map((k) => [k, KpiDelta])) as Record<
      (typeof COMPARED_KPIS)[number],
      typeof KpiDelta
    >,
  ),
});

/** The period query as the use case takes it (ISO instants, optional keys left out). */
function period(q: z.infer<typeof PeriodQuery>) {
  return {
    ...(q.since ? { since: new Date(q.since).toISOString() } : {}),
    ...(q.until ? { until: new Date(q.until).toISOString() } : {}),
    ...(q.timeZone ? { timeZone: q.timeZone } : {}),
  };
}

/** CSV export of each dashboard table and period-over-period comparison (staff). */
export function metricsExportRoutes(deps: { store: Store; clock: Clock }): FastifyPluginAsync {
  return async (plain) => {
    const app = plain.withTypeProvider<ZodTypeProvider>();
    app.get(
      "/metrics/service/export/:table",
      {
        config: { access: "staff" },
        schema: {
          tags: ["metrics"],
          summary: "One dashboard table as CSV (UTF-8 with BOM, CRLF; formula-like text is prefixed with ')",
          params: z.object({ table: z.enum(METRICS_TABLES) }),
          querystring: PeriodQuery,
          produces: ["text/csv"],
          response: { 200: z.string().describe("the table as CSV text (text/csv; charset=utf-8)") },
        },
      },
      async (request, reply) => {
        requireStaff(request);
        const m = await getServiceMetrics(deps, period(request.query));
        const { table } = request.params;
        const names =
          table === "agents"
            ? new Map(
                (await Promise.all(m.perAgent.map((a) => deps.store.staff.get(a.agentId)))).flatMap((u) =>
                  u ? [[u.id, u.name] as const] : [],
                ),
              )
            : undefined;
        return sendCsv(reply, `kefu-${table}-${dayOf(m.since)}-${dayOf(m.until)}.csv`, metricsTable(m, table, names));
      },
    );
    app.get(
      "/metrics/service/comparison",
      {
        config: { access: "staff" },
        schema: {
          tags: ["metrics"],
          summary: "The period's service metrics against the previous period of the same length",
          querystring: PeriodQuery,
          response: { 200: ComparisonResponse },
        },
      },
      async (request) => {
        requireStaff(request);
        return compareServiceMetrics(deps, period(request.query));
      },
    );
  };
}
