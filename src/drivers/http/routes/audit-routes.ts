import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { AuditPage } from "../responses.js";
import type { RouteContext } from "../route-context.js";
import { PageQuery } from "../schemas.js";

/** Admin-only audit log, newest first as the store returns it. */
export function auditRoutes(ctx: RouteContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/audit",
      {
        config: { access: "admin" },
        schema: {
          tags: ["audit"],
          response: { 200: AuditPage },
          querystring: PageQuery.extend({
            action: z.string().min(1).optional(),
            entityId: z.string().min(1).optional(),
            since: z.string().datetime().optional(),
          }),
        },
      },
      async (request) => ctx.deps.store.audit.list(request.query),
    );
  };
}
