import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireStaff } from "../auth/guards.js";
import { HandoffQueueItem, pageOfSchema } from "../responses.js";
import type { RouteContext } from "../route-context.js";
import { PageQuery, pageOf } from "../schemas.js";

/** The human queue: open and assigned handoffs, highest priority first, then longest waiting. */
export function handoffRoutes(ctx: RouteContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/handoffs",
      {
        schema: {
          tags: ["handoffs"],
          querystring: PageQuery.extend({ status: z.enum(["open", "assigned"]).optional() }),
          response: { 200: pageOfSchema(HandoffQueueItem) },
        },
      },
      async (request) => {
        requireStaff(request);
        const { status, ...page } = request.query;
        const now = ctx.deps.clock.now().getTime();
        const queue = (await ctx.deps.store.handoffs.listOpen())
          .filter((h) => h.status !== "resolved" && (!status || h.status === status))
          .sort((a, b) => b.priority - a.priority || a.createdAt.localeCompare(b.createdAt))
          .map((h) => ({ ...h, waitingSeconds: Math.max(0, Math.round((now - Date.parse(h.createdAt)) / 1000)) }));
        return pageOf(queue, page);
      },
    );
  };
}
