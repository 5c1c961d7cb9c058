import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { transferConversation } from "../../../application/use-cases/conversations/transfer-conversation.js";
import { requireStaff } from "../auth/guards.js";
import { AssignResponse } from "../responses.js";
import type { RouteContext } from "../route-context.js";
import { IdParams } from "../schemas.js";

const TransferBody = z
  .object({
    /** A colleague's staff id; omit and set `queue: true` to send it back to the shared queue. */
    toStaffId: z.string().min(1).max(200).optional(),
    queue: z.boolean().optional(),
    /** Why, for the next agent (kept as an internal note). */
    note: z.string().max(1000).optional(),
  })
  .refine((b) => (b.toStaffId ? !b.queue : b.queue === true), {
    message: "Give exactly one of toStaffId or queue: true",
  });

/** `POST /conversations/:id/transfer`: hand a chat to a colleague or back to the queue. */
export function transferRoutes(ctx: RouteContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      "/conversations/:id/transfer",
      {
        config: { access: "staff" },
        schema: { tags: ["conversations"], params: IdParams, body: TransferBody, response: { 200: AssignResponse } },
      },
      async (request) => {
        const me = requireStaff(request);
        const { toStaffId, note } = request.body;
        return transferConversation(ctx.conversations, {
          conversationId: request.params.id,
          actorId: me.id,
          to: toStaffId ? { kind: "staff", staffId: toStaffId } : { kind: "queue" },
          note,
        });
      },
    );
  };
}
