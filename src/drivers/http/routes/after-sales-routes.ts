import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import { AfterSalesKind, AfterSalesRequest } from "../../../domain/shop/after-sales-request.js";
import { requireStaff } from "../auth/guards.js";
import { AfterSalesDetailResponse, AfterSalesPage } from "../responses.js";
import type { RouteContext } from "../route-context.js";
import { IdParams, PageQuery } from "../schemas.js";

/** After-sales requests (returns, exchanges, refunds, service requests); approve/reject belong to the order-action routes. */
export function afterSalesRoutes(ctx: RouteContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/after-sales",
      {
        schema: {
          tags: ["after-sales"],
          response: { 200: AfterSalesPage },
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

    app.get(
      "/after-sales/:id",
      { schema: { tags: ["after-sales"], params: IdParams, response: { 200: AfterSalesDetailResponse } } },
      async (request) => {
        requireStaff(request);
        const found = await ctx.deps.store.afterSales.get(request.params.id);
        if (!found) throw new KefuError("NOT_FOUND", `After-sales request ${request.params.id} does not exist`);
        return { request: found, order: await ctx.deps.store.orders.get(found.orderId) };
      },
    );
  };
}
