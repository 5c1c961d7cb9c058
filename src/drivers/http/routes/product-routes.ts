import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import { Product } from "../../../domain/shop/product.js";
import { requireStaff } from "../auth/guards.js";
import { pageOfSchema } from "../responses.js";
import type { RouteContext } from "../route-context.js";
import { IdParams, PageQuery } from "../schemas.js";

/** The catalogue for staff: products with their variants, e.g. to pick the new variant of an exchange. */
export function productRoutes(ctx: RouteContext): FastifyPluginAsyncZod {
  const { store } = ctx.deps;
  const tags = ["products"];
  return async (app) => {
    app.get(
      "/products",
      {
        schema: {
          tags,
          querystring: PageQuery.extend({
            query: z.string().max(200).optional().describe("substring of the id or the English or Chinese name"),
            category: z.string().max(200).optional(),
          }),
          response: { 200: pageOfSchema(Product) },
        },
      },
      async (request) => {
        requireStaff(request);
        return store.products.list(request.query);
      },
    );

    app.get("/products/:id", { schema: { tags, params: IdParams, response: { 200: Product } } }, async (request) => {
      requireStaff(request);
      const product = await store.products.get(request.params.id);
      if (!product) throw new KefuError("PRODUCT_NOT_FOUND", `Product ${request.params.id} does not exist`);
      return product;
    });
  };
}
