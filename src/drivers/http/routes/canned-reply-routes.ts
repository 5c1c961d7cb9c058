import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { createCannedReply } from "../../../application/use-cases/canned-replies/create-canned-reply.js";
import { deleteCannedReply } from "../../../application/use-cases/canned-replies/delete-canned-reply.js";
import { updateCannedReply } from "../../../application/use-cases/canned-replies/update-canned-reply.js";
import { CannedReply, CannedReplyInput } from "../../../domain/canned/canned-reply.js";
import { Locale } from "../../../domain/locale.js";
import { requireStaff } from "../auth/guards.js";
import { OkResponse, pageOfSchema } from "../responses.js";
import type { RouteContext } from "../route-context.js";
import { IdParams } from "../schemas.js";
import { isFreeText } from "../security/control-chars.js";

export const CannedReplyListResponse = pageOfSchema(CannedReply);

const freeText = "must not contain control characters other than tab and line breaks";
/** Lengths and variables are checked by the use case, each with its own code; here only the characters. */
const Body = CannedReplyInput.extend({
  shortcut: z.string().refine(isFreeText, freeText),
  title: z.string().refine(isFreeText, freeText),
  body: z.string().refine(isFreeText, freeText),
});

/** Canned replies: agents and admins read them in the composer; admins write them (audited). */
export function cannedReplyRoutes(ctx: RouteContext): FastifyPluginAsyncZod {
  const { store, clock, ids } = ctx.deps;
  const deps = { store, clock, ids };
  const tags = ["canned-replies"];

  return async (app) => {
    app.get(
      "/canned-replies",
      {
        schema: {
          tags,
          querystring: z.object({ locale: Locale.optional() }),
          response: { 200: CannedReplyListResponse },
        },
      },
      async (request) => {
        requireStaff(request);
        const items = await store.cannedReplies.list(request.query.locale);
        return { items, total: items.length };
      },
    );

    app.post(
      "/canned-replies",
      { config: { access: "admin" }, schema: { tags, body: Body, response: { 201: CannedReply } } },
      async (request, reply) => {
        const me = requireStaff(request, ["admin"]);
        reply.code(201);
        return createCannedReply(deps, request.body, { type: "staff", id: me.id });
      },
    );

    app.put(
      "/canned-replies/:id",
      { config: { access: "admin" }, schema: { tags, params: IdParams, body: Body, response: { 200: CannedReply } } },
      async (request) => {
        const me = requireStaff(request, ["admin"]);
        return updateCannedReply(deps, request.params.id, request.body, { type: "staff", id: me.id });
      },
    );

    app.delete(
      "/canned-replies/:id",
      { config: { access: "admin" }, schema: { tags, params: IdParams, response: { 200: OkResponse } } },
      async (request) => {
        const me = requireStaff(request, ["admin"]);
        await deleteCannedReply(deps, request.params.id, { type: "staff", id: me.id });
        return { ok: true };
      },
    );
  };
}
