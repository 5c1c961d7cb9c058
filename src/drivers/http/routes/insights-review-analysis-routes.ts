import type { FastifyPluginAsync } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ReviewAnalysisRun } from "../../../application/use-cases/insights/review-analysis-run.js";
import { requireStaff } from "../auth/guards.js";

const ProgressResponse = z.object({
  state: z.enum(["idle", "running", "done", "failed"]),
  done: z.number().int(),
  total: z.number().int(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  error: z.string().nullable(),
});

/** Admins analyse the stored reviews that have no sentiment yet, and watch the progress. */
export function reviewAnalysisRoutes(deps: { run: ReviewAnalysisRun }): FastifyPluginAsync {
  return async (plain) => {
    const app = plain.withTypeProvider<ZodTypeProvider>();
    app.post(
      "/insights/reviews/analyze",
      {
        config: { access: "admin" },
        schema: {
          tags: ["insights"],
          summary: "Start analysing the stored reviews that have no sentiment yet (one run at a time)",
          response: { 202: ProgressResponse },
        },
      },
      async (request, reply) => {
        requireStaff(request, ["admin"]);
        reply.code(202);
        return deps.run.start();
      },
    );
    app.get(
      "/insights/reviews/analyze",
      {
        config: { access: "admin" },
        schema: {
          tags: ["insights"],
          summary: "Progress of the current or last review analysis run",
          response: { 200: ProgressResponse },
        },
      },
      async (request) => {
        requireStaff(request, ["admin"]);
        return deps.run.progress();
      },
    );
  };
}
