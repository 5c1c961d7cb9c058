import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { assignConversation } from "../../../application/use-cases/conversations/assign-conversation.js";
import { requireConversation } from "../../../application/use-cases/conversations/conversation-helpers.js";
import { handbackConversation } from "../../../application/use-cases/conversations/handback-conversation.js";
import { postAgentMessage } from "../../../application/use-cases/conversations/post-agent-message.js";
import { reopenConversation } from "../../../application/use-cases/conversations/reopen-conversation.js";
import { resolveConversation } from "../../../application/use-cases/conversations/resolve-conversation.js";
import { ConversationStatus } from "../../../domain/conversation/conversation.js";
import { Message } from "../../../domain/conversation/message.js";
import { requireStaff } from "../auth/guards.js";
import { decodeCursor, encodeCursor } from "../paging/conversation-cursor.js";
import {
  AssignResponse,
  ConversationDetailResponse,
  ConversationResponse,
  ConversationSummaryResponse,
  MessageList,
  pageOfSchema,
} from "../responses.js";
import type { RouteContext } from "../route-context.js";
import { ClientMessageId, IdParams, MessageText, optionalBody, PageQuery } from "../schemas.js";
import { conversationSummary } from "./conversation-summary.js";

const ALL_MESSAGES = 100_000;
const Conv = { 200: ConversationResponse };

/** The agent console's view of conversations and the actions agents take on them. */
export function conversationRoutes(ctx: RouteContext): FastifyPluginAsyncZod {
  const { deps } = ctx;
  const tags = ["conversations"];
  return async (app) => {
    app.get(
      "/conversations",
      {
        schema: {
          tags,
          querystring: PageQuery.extend({
            status: ConversationStatus.optional(),
            assignee: z.string().min(1).optional(),
            customerId: z.string().min(1).optional(),
            /** From the previous page's nextCursor; stable while conversations keep moving (unlike offset). */
            cursor: z.string().min(1).max(400).optional(),
          }),
          response: {
            200: pageOfSchema(ConversationSummaryResponse).extend({ nextCursor: z.string().optional() }),
          },
        },
      },
      async (request) => {
        const me = requireStaff(request);
        const { status, assignee, customerId, offset, limit, cursor } = request.query;
        const assigneeId = assignee === "me" ? me.id : assignee;
        const after = cursor ? decodeCursor(cursor) : undefined;
        const page = await deps.store.conversations.list({ status, assigneeId, customerId, offset, limit, after });
        const now = deps.clock.now();
        const items = await Promise.all(page.items.map((c) => conversationSummary(deps.store, c, now)));
        const last = page.items.at(-1);
        const nextCursor = last && page.items.length === limit ? encodeCursor(last) : undefined;
        return { items, total: page.total, nextCursor };
      },
    );

    app.get(
      "/conversations/:id",
      { schema: { tags, params: IdParams, response: { 200: ConversationDetailResponse } } },
      async (request) => {
        requireStaff(request);
        const conversation = await requireConversation(deps.store, request.params.id);
        const [messages, handoffs] = await Promise.all([
          deps.store.messages.listSince(conversation.id, 0, ALL_MESSAGES),
          deps.store.handoffs.listByConversation(conversation.id),
        ]);
        const customer = conversation.verifiedCustomerId
          ? await deps.store.customers.get(conversation.verifiedCustomerId)
          : undefined;
        const explanations = messages.flatMap((m) =>
          m.explanation === undefined ? [] : [{ messageId: m.id, seq: m.seq, explanation: m.explanation }],
        );
        return { conversation, messages, handoffs, customer, explanations };
      },
    );

    app.get(
      "/conversations/:id/messages",
      {
        schema: {
          tags,
          params: IdParams,
          querystring: z.object({
            after: z.coerce.number().int().min(0).default(0),
            limit: z.coerce.number().int().min(1).max(500).default(200),
          }),
          response: { 200: MessageList },
        },
      },
      async (request) => {
        requireStaff(request);
        await requireConversation(deps.store, request.params.id);
        return {
          items: await deps.store.messages.listSince(request.params.id, request.query.after, request.query.limit),
        };
      },
    );

    app.post(
      "/conversations/:id/messages",
      {
        schema: {
          tags,
          params: IdParams,
          body: z.object({
            text: MessageText,
            clientMessageId: ClientMessageId,
            internal: z.boolean().default(false),
            /** Take over a conversation another agent holds instead of getting 409 CONVERSATION_ASSIGNED_TO_OTHER. */
            takeover: z.boolean().default(false),
          }),
          response: { 201: z.object({ message: Message }) },
        },
      },
      async (request, reply) => {
        const me = requireStaff(request);
        const result = await postAgentMessage(ctx.conversations, {
          conversationId: request.params.id,
          staffId: me.id,
          ...request.body,
        });
        reply.code(201);
        return { message: result.message };
      },
    );

    app.post(
      "/conversations/:id/assign",
      {
        schema: {
          tags,
          params: IdParams,
          body: optionalBody(z.object({ assigneeId: z.string().min(1).optional() })),
          response: { 200: AssignResponse },
        },
      },
      async (request) => {
        const me = requireStaff(request);
        return assignConversation(ctx.conversations, {
          conversationId: request.params.id,
          actorId: me.id,
          assigneeId: request.body.assigneeId,
        });
      },
    );

    app.post("/conversations/:id/resolve", { schema: { tags, params: IdParams, response: Conv } }, async (request) => {
      const me = requireStaff(request);
      const conversation = await resolveConversation(ctx.conversations, {
        conversationId: request.params.id,
        actor: { type: "staff", id: me.id },
      });
      return { conversation };
    });

    app.post("/conversations/:id/reopen", { schema: { tags, params: IdParams, response: Conv } }, async (request) => {
      const me = requireStaff(request);
      return {
        conversation: await reopenConversation(ctx.conversations, {
          conversationId: request.params.id,
          actorId: me.id,
        }),
      };
    });

    app.post("/conversations/:id/handback", { schema: { tags, params: IdParams, response: Conv } }, async (request) => {
      const me = requireStaff(request);
      return {
        conversation: await handbackConversation(ctx.conversations, {
          conversationId: request.params.id,
          actorId: me.id,
        }),
      };
    });
  };
}
