import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { AfterSalesKind, AfterSalesRequest } from "../../../domain/shop/after-sales-request.js";
import { requireStaff } from "../auth/guards.js";
import type { RouteContext } from "../route-context.js";
import { PageQuery } from "../schemas.js";

/** The after-sales request list; approve/reject belong to the order-action routes. */
export function afterSalesRoutes(ctx: RouteContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/after-sales",
      {
        schema: {
          tags: ["after-sales"],
          querystring: PageQuery.extend({
            status: AfterSalesRequest.shape.status.optional(),
            kind: AfterSalesKind.optional(),
          }),
        },
      },
      async (request) => {
        requireStaff(request);
        return ctx.deps.store.afterSales.list(request.query);
      },
    );
  };
}
