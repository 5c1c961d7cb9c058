import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import { OrderStatus } from "../../../domain/shop/order.js";
import { requireStaff } from "../auth/guards.js";
import { OrderDetailResponse, OrderPage } from "../responses.js";
import type { RouteContext } from "../route-context.js";
import { IdParams, PageQuery } from "../schemas.js";

/** Order lookup for staff; actions on orders are added by the order-action routes. */
export function orderRoutes(ctx: RouteContext): FastifyPluginAsyncZod {
  const { store } = ctx.deps;
  return async (app) => {
    app.get(
      "/orders",
      {
        schema: {
          tags: ["orders"],
          querystring: PageQuery.extend({
            status: OrderStatus.optional(),
            customerId: z.string().min(1).optional(),
            query: z.string().max(200).optional(),
          }),
          response: { 200: OrderPage },
        },
      },
      async (request) => {
        requireStaff(request);
        return store.orders.list(request.query);
      },
    );

    app.get(
      "/orders/:id",
      { schema: { tags: ["orders"], params: IdParams, response: { 200: OrderDetailResponse } } },
      async (request) => {
        requireStaff(request);
        const order = await store.orders.get(request.params.id);
        if (!order) throw new KefuError("ORDER_NOT_FOUND", `Order ${request.params.id} does not exist`);
        return { order, afterSales: await store.afterSales.listByOrder(order.id) };
      },
    );
  };
}
