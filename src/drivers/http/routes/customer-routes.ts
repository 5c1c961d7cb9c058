import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import { requireStaff } from "../auth/guards.js";
import { CustomerDetailResponse, CustomerPage } from "../responses.js";
import type { RouteContext } from "../route-context.js";
import { IdParams, PageQuery } from "../schemas.js";

/** Customer search and the 360 view: profile, orders and conversations in one call. */
export function customerRoutes(ctx: RouteContext): FastifyPluginAsyncZod {
  const { store } = ctx.deps;
  return async (app) => {
    app.get(
      "/customers",
      {
        schema: {
          tags: ["customers"],
          querystring: PageQuery.extend({ query: z.string().max(200).optional() }),
          response: { 200: CustomerPage },
        },
      },
      async (request) => {
        requireStaff(request);
        return store.customers.list(request.query);
      },
    );

    app.get(
      "/customers/:id",
      { schema: { tags: ["customers"], params: IdParams, response: { 200: CustomerDetailResponse } } },
      async (request) => {
        requireStaff(request);
        const customer = await store.customers.get(request.params.id);
        if (!customer) throw new KefuError("CUSTOMER_NOT_FOUND", `Customer ${request.params.id} does not exist`);
        const [orders, conversations] = await Promise.all([
          store.orders.listByCustomer(customer.id),
          store.conversations.list({ customerId: customer.id, limit: 100 }),
        ]);
        return { customer, orders, conversations: conversations.items };
      },
    );
  };
}
