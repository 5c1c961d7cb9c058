import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { attachShopperFile } from "../../../application/use-cases/attachments/attach-shopper-file.js";
import { isInlineImage } from "../../../domain/attachments/sniff-attachment-type.js";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import type { AttachmentSettings } from "../app-deps.js";
import { requireShopper } from "../auth/guards.js";
import { readLimitedBody } from "../read-limited-body.js";
import { AttachmentUploadedResponse } from "../responses.js";
import type { RouteContext } from "../route-context.js";
import { ClientMessageId, IdParams, IdString } from "../schemas.js";

/** RFC 6266 filename: an ASCII fallback plus the UTF-8 original. */
function contentDisposition(kind: "inline" | "attachment", filename: string): string {
  const fallback = filename.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/**
 * Shopper uploads (photos of damage, PDF receipts) and reading them back. Files are sent as the
 * raw body, judged by content, stored behind an unguessable id and only ever served as downloads
 * or inert images, to the shopper of that conversation or to staff.
 */
export function attachmentRoutes(ctx: RouteContext, settings: AttachmentSettings): FastifyPluginAsyncZod {
  const { store, maxBytes } = settings;
  return async (app) => {
    // Any Content-Type is read as bytes here: the file's own first bytes decide what it is.
    app.removeAllContentTypeParsers();
    app.addContentTypeParser("*", (request, _payload, done) => {
      readLimitedBody(request.raw, maxBytes).then(
        (body) => done(null, body),
        (err: unknown) => done(err instanceof Error ? err : new Error(String(err))),
      );
    });

    app.post(
      "/widget/conversations/:id/attachments",
      {
        bodyLimit: maxBytes,
        schema: {
          tags: ["widget"],
          params: IdParams,
          querystring: z.object({
            filename: z.string().trim().min(1).max(200).default("attachment"),
            clientMessageId: ClientMessageId,
          }),
          body: z.unknown().describe("the file's bytes (JPEG, PNG, WebP, GIF or PDF) as the raw body"),
          response: { 201: AttachmentUploadedResponse },
        },
        config: { access: "shopper" },
      },
      async (request, reply) => {
        const conversationId = requireShopper(request, request.params.id);
        if (!Buffer.isBuffer(request.body)) {
          throw new KefuError("ATTACHMENT_TYPE_NOT_ALLOWED", "Send the file's bytes as the request body");
        }
        const { attachment, message } = await attachShopperFile(
          { ...ctx.conversations, attachments: store, maxBytes },
          {
            conversationId,
            filename: request.query.filename,
            content: new Uint8Array(request.body),
            clientMessageId: request.query.clientMessageId,
          },
        );
        const { conversationId: _owner, ...ref } = attachment;
        const { explanation: _explanation, ...shown } = message;
        reply.code(201);
        return { attachment: ref, message: shown };
      },
    );

    app.get(
      "/attachments/:id",
      {
        schema: {
          tags: ["widget"],
          params: z.object({ id: IdString }),
          response: {
            200: z
              .unknown()
              .describe(
                "the file's bytes: image/* shown inline, anything else as an application/octet-stream download",
              ),
          },
        },
        config: { access: "staff-or-shopper" },
      },
      async (request, reply) => {
        const found = await store.get(request.params.id);
        const principal = request.principal;
        // Another shopper's file (or a staff-only one) looks exactly like a missing one.
        const visible =
          found &&
          (principal?.kind === "staff" ||
            (principal?.kind === "shopper" && found.meta.conversationId === principal.conversationId));
        if (!found || !visible) throw new KefuError("ATTACHMENT_NOT_FOUND", "Attachment not found");
        const { meta, content } = found;
        const inline = isInlineImage(meta.contentType);
        reply
          .header("content-type", inline ? meta.contentType : "application/octet-stream")
          .header("content-disposition", contentDisposition(inline ? "inline" : "attachment", meta.filename))
          .header("x-content-type-options", "nosniff")
          .header("content-security-policy", "default-src 'none'; sandbox")
          .header("cache-control", "private, max-age=3600");
        return reply.send(Buffer.from(content));
      },
    );
  };
}
