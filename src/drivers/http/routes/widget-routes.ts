import { createHmac } from "node:crypto";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireConversation } from "../../../application/use-cases/conversations/conversation-helpers.js";
import { postCustomerMessage } from "../../../application/use-cases/conversations/post-customer-message.js";
import { submitCsat } from "../../../application/use-cases/conversations/submit-csat.js";
import { openShopperConversation } from "../../../application/use-cases/identity/open-shopper-conversation.js";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import { Locale } from "../../../domain/locale.js";
import { verifySignedIdentity } from "../../../infrastructure/security/signed-identity.js";
import { signWidgetToken } from "../../../infrastructure/security/widget-token.js";
import { requireShopper } from "../auth/guards.js";
import { withShopperTurnLimits } from "../limits/shopper-turn-limits.js";
import {
  OkResponse,
  OrderPage,
  ShopperConversationResponse,
  ShopperMessageList,
  ShopperMessageResponse,
} from "../responses.js";
import type { RouteContext } from "../route-context.js";
import { ClientMessageId, IdParams, MessageText, optionalBody } from "../schemas.js";
import { defaultRouteAccess } from "../security/route-access.js";
import { shopperConversation, shopperMessage, shopperMessages } from "../views.js";

/** The shopper's chat widget: open a chat, talk, rate it, see own orders once verified. */
export function widgetRoutes(ctx: RouteContext): FastifyPluginAsyncZod {
  const { deps } = ctx;
  const { conversations: opening } = ctx.limits.rules;
  // Replays of a conversation opening get a freshly signed token; the stored record holds none.
  const reissueToken = (stored: Record<string, unknown>) => {
    const id = z.object({ conversation: z.object({ id: z.string() }) }).parse(stored).conversation.id;
    return { ...stored, token: signWidgetToken(deps.secret, id, deps.clock.now()) };
  };
  return async (app) => {
    defaultRouteAccess(app, "shopper");
    app.post(
      "/widget/conversations",
      {
        schema: {
          tags: ["widget"],
          body: optionalBody(
            z.object({
              locale: Locale.optional(),
              identity: z
                .string()
                .min(1)
                .max(4096)
                .optional()
                .describe("shopper identity signed by the shop's backend (JWT, HS256); see docs/identity.md"),
            }),
          ),
          response: {
            201: z.object({
              conversation: ShopperConversationResponse,
              token: z.string().describe("widget bearer token for this conversation only"),
              messages: z.array(ShopperMessageResponse),
            }),
          },
        },
        config: {
          access: "public",
          rateLimit: { max: opening.max, timeWindow: opening.windowMs },
          idempotency: { secretField: "token", reissue: reissueToken },
        },
      },
      async (request, reply) => {
        // The client the identity lockout counts against: the IP, keyed so the store never holds it.
        const client = createHmac("sha256", deps.secret).update(`client:${request.ip}`).digest("hex").slice(0, 32);
        const opened = await openShopperConversation(ctx.conversations, verifySignedIdentity, {
          ...(request.body.locale ? { locale: request.body.locale } : {}),
          ...(request.body.identity ? { signedIdentity: request.body.identity } : {}),
          client,
        });
        const token = signWidgetToken(deps.secret, opened.conversation.id, deps.clock.now());
        reply.code(201);
        return {
          conversation: shopperConversation(opened.conversation),
          token,
          messages: shopperMessages(opened.messages),
        };
      },
    );

    app.get(
      "/widget/conversations/:id",
      { schema: { tags: ["widget"], params: IdParams, response: { 200: ShopperConversationResponse } } },
      async (request) => {
        const id = requireShopper(request, request.params.id);
        return shopperConversation(await requireConversation(deps.store, id));
      },
    );

    app.get(
      "/widget/conversations/:id/messages",
      {
        schema: {
          tags: ["widget"],
          params: IdParams,
          querystring: z.object({
            after: z.coerce.number().int().min(0).default(0),
            limit: z.coerce.number().int().min(1).max(500).default(200),
          }),
          response: { 200: ShopperMessageList },
        },
      },
      async (request) => {
        const id = requireShopper(request, request.params.id);
        const messages = await deps.store.messages.listSince(id, request.query.after, request.query.limit);
        return { items: shopperMessages(messages) };
      },
    );

    app.post(
      "/widget/conversations/:id/messages",
      {
        schema: {
          tags: ["widget"],
          params: IdParams,
          body: z.object({ text: MessageText, clientMessageId: ClientMessageId }),
          response: {
            201: z.object({ message: ShopperMessageResponse, replies: z.array(ShopperMessageResponse) }),
          },
        },
      },
      async (request, reply) => {
        const conversationId = requireShopper(request, request.params.id);
        const result = await withShopperTurnLimits(
          { store: deps.store, limits: ctx.limits },
          { conversationId, clientIp: request.ip },
          () => postCustomerMessage(ctx.conversations, { conversationId, ...request.body }),
        );
        reply.code(201);
        return { message: shopperMessage(result.message), replies: shopperMessages(result.replies) };
      },
    );

    app.post(
      "/widget/conversations/:id/csat",
      {
        schema: {
          tags: ["widget"],
          params: IdParams,
          body: z.object({ rating: z.number().int().min(1).max(5), comment: z.string().max(2000).optional() }),
          response: { 200: OkResponse },
        },
      },
      async (request) => {
        const conversationId = requireShopper(request, request.params.id);
        await submitCsat(ctx.conversations, { conversationId, ...request.body });
        return { ok: true };
      },
    );

    app.get("/widget/orders", { schema: { tags: ["widget"], response: { 200: OrderPage } } }, async (request) => {
      const conversation = await requireConversation(deps.store, requireShopper(request));
      const customerId = conversation.verifiedCustomerId;
      if (!customerId) {
        throw new KefuError("IDENTITY_NOT_VERIFIED", "Verify your identity in the chat before viewing orders");
      }
      const orders = await deps.store.orders.listByCustomer(customerId);
      return { items: orders, total: orders.length };
    });
  };
}
