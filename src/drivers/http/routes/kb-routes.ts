import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Actor } from "../../../domain/audit/audit-event.js";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import { KbArticle } from "../../../domain/kb/kb-article.js";
import { Locale } from "../../../domain/locale.js";
import { requireStaff } from "../auth/guards.js";
import { KbPage, OkResponse } from "../responses.js";
import type { RouteContext } from "../route-context.js";
import { IdParams, PageQuery, pageOf } from "../schemas.js";

const ArticleBody = KbArticle.pick({ locale: true, title: true, body: true, tags: true });

/** Knowledge-base articles: every staff member reads, admins write; writes are audited. */
export function kbRoutes(ctx: RouteContext): FastifyPluginAsyncZod {
  const { store, clock, ids } = ctx.deps;
  const tags = ["kb"];

  async function save(article: KbArticle, actor: Actor, action: string): Promise<KbArticle> {
    await store.transaction(async (tx) => {
      await tx.kb.upsert(article);
      await tx.audit.append({
        id: ids.next("aud"),
        at: clock.nowIso(),
        actor,
        action,
        entityType: "kb_article",
        entityId: article.id,
        details: { title: article.title, locale: article.locale },
      });
    });
    return article;
  }

  return async (app) => {
    app.get(
      "/kb",
      {
        schema: {
          tags,
          querystring: PageQuery.extend({ locale: Locale.optional(), tag: z.string().min(1).optional() }),
          response: { 200: KbPage },
        },
      },
      async (request) => {
        requireStaff(request);
        const { locale, tag, ...page } = request.query;
        const all = (await store.kb.all())
          .filter((a) => (!locale || a.locale === locale) && (!tag || a.tags.includes(tag)))
          .sort((a, b) => a.title.localeCompare(b.title));
        return pageOf(all, page);
      },
    );

    app.get("/kb/:id", { schema: { tags, params: IdParams, response: { 200: KbArticle } } }, async (request) => {
      requireStaff(request);
      const article = await store.kb.get(request.params.id);
      if (!article) throw new KefuError("NOT_FOUND", `Article ${request.params.id} does not exist`);
      return article;
    });

    app.post(
      "/kb",
      {
        config: { access: "admin" },
        schema: {
          tags,
          body: ArticleBody.extend({ id: z.string().min(1).max(200).optional() }),
          response: { 201: KbArticle },
        },
      },
      async (request, reply) => {
        const me = requireStaff(request, ["admin"]);
        const id = request.body.id ?? ids.next("kb");
        if (await store.kb.get(id)) throw new KefuError("ALREADY_EXISTS", `Article ${id} already exists`);
        const article = { ...request.body, id, updatedAt: clock.nowIso() };
        reply.code(201);
        return save(article, { type: "staff", id: me.id }, "kb.create");
      },
    );

    app.put(
      "/kb/:id",
      {
        config: { access: "admin" },
        schema: { tags, params: IdParams, body: ArticleBody, response: { 200: KbArticle } },
      },
      async (request) => {
        const me = requireStaff(request, ["admin"]);
        if (!(await store.kb.get(request.params.id))) {
          throw new KefuError("NOT_FOUND", `Article ${request.params.id} does not exist`);
        }
        const article = { ...request.body, id: request.params.id, updatedAt: clock.nowIso() };
        return save(article, { type: "staff", id: me.id }, "kb.update");
      },
    );

    app.delete(
      "/kb/:id",
      { config: { access: "admin" }, schema: { tags, params: IdParams, response: { 200: OkResponse } } },
      async (request) => {
        const me = requireStaff(request, ["admin"]);
        const deleted = await store.transaction(async (tx) => {
          const gone = await tx.kb.delete(request.params.id);
          if (!gone) throw new KefuError("NOT_FOUND", `Article ${request.params.id} does not exist`);
          await tx.audit.append({
            id: ids.next("aud"),
            at: clock.nowIso(),
            actor: { type: "staff", id: me.id },
            action: "kb.delete",
            entityType: "kb_article",
            entityId: request.params.id,
            details: {},
          });
          return gone;
        });
        return { ok: deleted };
      },
    );
  };
}
