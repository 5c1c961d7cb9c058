import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { KbSearch } from "../../../application/agent/search-kb.js";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import { Locale } from "../../../domain/locale.js";

const SearchQuery = z.object({
  q: z.string().trim().min(1).max(500),
  locale: Locale.optional(),
  limit: z.coerce.number().int().min(1).max(20).default(5),
});

const SearchResults = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      locale: Locale,
      title: z.string(),
      snippet: z.string(),
      score: z.number(),
      coverage: z.number(),
      answerable: z.boolean().describe("whether the bot would answer from this hit"),
    }),
  ),
});

/**
 * GET /kb/search?q=…: BM25 search over the knowledge base for staff (console) and shoppers
 * (widget token). `answerable` says whether the bot would answer from the hit.
 */
export function kbSearchRoutes(deps: { kb: KbSearch }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/kb/search",
      {
        config: { access: "staff-or-shopper" },
        schema: { tags: ["kb"], querystring: SearchQuery, response: { 200: SearchResults } },
      },
      async (request) => {
        if (!request.principal) throw new KefuError("UNAUTHENTICATED", "Log in or use a widget token");
        const { q, locale, limit } = request.query;
        const hits = await deps.kb.search(q, { ...(locale ? { locale } : {}), limit });
        return {
          items: hits.map((h) => ({
            id: h.article.id,
            locale: h.article.locale,
            title: h.article.title,
            snippet: h.article.body.slice(0, 200),
            score: Math.round(h.score * 1000) / 1000,
            coverage: Math.round(h.coverage * 1000) / 1000,
            answerable: h.answerable,
          })),
        };
      },
    );
  };
}
