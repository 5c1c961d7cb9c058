import type { FastifyPluginAsync } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Clock } from "../../../application/ports/clock.js";
import type { Store } from "../../../application/ports/store.js";
import { getReviewSummary } from "../../../application/use-cases/insights/get-review-summary.js";
import { REVIEW_TABLES, reviewTable } from "../../../domain/insights/reviews/review-tables.js";
import { requireStaff } from "../auth/guards.js";
import { sendCsv } from "../csv-reply.js";
import { PeriodQuery } from "./metrics-routes.js";

/** CSV export of each review dashboard table (staff), with the dashboard's filters. */
export function reviewExportRoutes(deps: { store: Store; clock: Clock }): FastifyPluginAsync {
  return async (plain) => {
    const app = plain.withTypeProvider<ZodTypeProvider>();
    app.get(
      "/insights/reviews/export/:table",
      {
        config: { access: "staff" },
        schema: {
          tags: ["insights"],
          summary: "One review dashboard table as CSV (UTF-8 with BOM, CRLF; formula-like text is prefixed with ')",
          params: z.object({ table: z.enum(REVIEW_TABLES) }),
          querystring: PeriodQuery.extend({
            category: z.string().min(1).optional(),
            bucket: z.enum(["day", "week", "month"]).default("week"),
          }),
          produces: ["text/csv"],
          response: { 200: z.string().describe("the table as CSV text (text/csv; charset=utf-8)") },
        },
      },
      async (request, reply) => {
        requireStaff(request);
        const { since, until, ...rest } = request.query;
        const s = await getReviewSummary(deps, {
          ...rest,
          ...(since ? { since: new Date(since).toISOString() } : {}),
          ...(until ? { until: new Date(until).toISOString() } : {}),
        });
        const { table } = request.params;
        const name = (id: string) => s.productNames[id]?.name;
        return sendCsv(reply, `kefu-reviews-${table}.csv`, reviewTable(s, table, name));
      },
    );
  };
}
