import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { searchConsole } from "../../../application/use-cases/search/search-console.js";
import type { RouteContext } from "../route-context.js";

const SearchResponse = z.object({
  conversations: z.array(
    z.object({
      conversationId: z.string(),
      status: z.string(),
      customerName: z.string().optional(),
      messageSeq: z.number().int(),
      author: z.string(),
      snippet: z.string(),
      createdAt: z.string(),
    }),
  ),
  customers: z.array(z.object({ id: z.string(), name: z.string(), email: z.string() })),
  orders: z.array(
    z.object({ id: z.string(), customerId: z.string(), status: z.string(), customerName: z.string().optional() }),
  ),
});

/** `GET /search?q=`: the console's search box across conversations, customers and orders. */
export function searchRoutes(ctx: RouteContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/search",
      {
        config: { access: "staff" },
        schema: {
          tags: ["search"],
          querystring: z.object({
            q: z.string().trim().min(1).max(200),
            limit: z.coerce.number().int().min(1).max(50).default(10),
          }),
          response: { 200: SearchResponse },
        },
      },
      async (request) => searchConsole(ctx.deps.store, request.query.q, request.query.limit),
    );
  };
}
