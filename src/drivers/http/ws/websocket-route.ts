import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { WebSocket } from "ws";
import { z } from "zod";
import { postAgentMessage } from "../../../application/use-cases/conversations/post-agent-message.js";
import { postCustomerMessage } from "../../../application/use-cases/conversations/post-customer-message.js";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import { parseJson } from "../../../domain/parse-json.js";
import { bearerToken } from "../auth/authenticate.js";
import type { Principal } from "../auth/principal.js";
import { toHttpError } from "../error-mapping.js";
import { enforceLimit } from "../limits/abuse-limits.js";
import { rateLimited } from "../limits/rate-limits.js";
import { withShopperTurnLimits } from "../limits/shopper-turn-limits.js";
import type { RouteContext } from "../route-context.js";
import { throttledWarn } from "../security/log-hygiene.js";
import { shopperMessage } from "../views.js";
import { SocketGuard } from "./socket-guard.js";
import { SocketSession } from "./socket-session.js";
import { ClientFrame, type ServerFrame } from "./ws-frames.js";

/** Path of the socket under the server root (the route itself is registered under /api/v1). */
export const WS_PATH = "/api/v1/ws";

/** `GET /api/v1/ws?token=…`: realtime chat for the widget (shopper token) and the console (staff token). */
export function websocketRoute(ctx: RouteContext): FastifyPluginAsyncZod {
  // Sockets open per widget conversation on this server; the opening rate is limited across servers.
  const openPerToken = new Map<string, number>();
  return async (app) => {
    app.route({
      method: "GET",
      url: "/ws",
      config: { access: "staff-or-shopper" },
      // Described by hand in openapi-document.ts; a plain GET (no upgrade) answers 426.
      schema: { hide: true, tags: ["realtime"], querystring: z.object({ token: z.string().optional() }) },
      preHandler: async (request) => {
        const principal = request.principal;
        if (!principal) throw new KefuError("UNAUTHENTICATED", "Connect with ?token=<widget or staff token>");
        const who = principal.kind === "staff" ? `staff:${principal.user.id}` : principal.conversationId;
        const { limiter, rules } = ctx.limits;
        await enforceLimit(limiter, `socket-open:${who}`, rules.socketOpens, "Too many socket connections; slow down");
        if (principal.kind === "shopper" && (openPerToken.get(who) ?? 0) >= rules.socketsPerToken) {
          throw rateLimited(`At most ${rules.socketsPerToken} sockets per conversation`, 60_000);
        }
      },
      wsHandler: (socket, request) => {
        const principal = request.principal;
        const token = bearerToken(request, true);
        if (!principal || !token) return socket.close(4401, "unauthenticated");
        const counted = principal.kind === "shopper" ? principal.conversationId : undefined;
        if (counted) {
          openPerToken.set(counted, (openPerToken.get(counted) ?? 0) + 1);
          socket.on("close", () => {
            const left = (openPerToken.get(counted) ?? 1) - 1;
            if (left > 0) openPerToken.set(counted, left);
            else openPerToken.delete(counted);
          });
        }
        serve(ctx, socket, principal, token, request.ip);
      },
      handler: async () => {
        throw new KefuError(
          "UPGRADE_REQUIRED",
          "This is a WebSocket endpoint; connect with an Upgrade: websocket request",
        );
      },
    });
  };
}

function serve(ctx: RouteContext, socket: WebSocket, principal: Principal, token: string, clientIp: string): void {
  const send = (frame: ServerFrame) => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(frame));
  };
  const session = new SocketSession(ctx, principal, send);
  const warn = throttledWarn(ctx.deps.logger);
  const guard = new SocketGuard(ctx, token, principal, (code, reason) => {
    session.close();
    socket.close(code, reason);
  });
  // Subscribe before any resume so nothing published during a replay is missed.
  const unsubscribe = ctx.deps.eventBus.subscribe((event) => {
    guard.onEvent(event);
    session.onEvent(event);
  });
  socket.on("close", () => {
    unsubscribe();
    guard.dispose();
    session.leaveAll();
    session.close();
  });
  socket.on("message", (data, isBinary) => {
    if (isBinary) return send(errorFrame(new KefuError("VALIDATION_FAILED", "Frames are JSON text")));
    const text = String(data);
    guard
      .stillValid()
      .then((valid) => (valid ? handleFrame(ctx, session, principal, text, send, clientIp) : undefined))
      .catch((err: unknown) => {
        if (toHttpError(err).status >= 500) warn({ err }, "socket frame failed");
        send(errorFrame(err));
      });
  });
}

async function handleFrame(
  ctx: RouteContext,
  session: SocketSession,
  principal: Principal,
  text: string,
  send: (frame: ServerFrame) => void,
  clientIp: string,
): Promise<void> {
  const frame = parseJson(ClientFrame, text, "frame");
  switch (frame.type) {
    case "ping":
      return send({ type: "pong" });
    case "resume":
      return session.resume(frame.conversationId, frame.afterSeq);
    case "subscribe_queue":
      return session.subscribeQueue();
    case "presence":
      await session.checkAccess(frame.conversationId);
      return session.announce(frame.conversationId, frame.state);
    case "typing":
      await session.checkAccess(frame.conversationId);
      return ctx.deps.eventBus.publish({
        type: "typing",
        conversationId: frame.conversationId,
        author: principal.kind === "staff" ? "agent" : "customer",
        on: frame.on,
      });
    case "message":
      try {
        await postFrame(ctx, session, principal, frame, send, clientIp);
      } catch (err) {
        send(errorFrame(err, frame.clientMessageId));
      }
      return;
  }
}

async function postFrame(
  ctx: RouteContext,
  session: SocketSession,
  principal: Principal,
  frame: Extract<ClientFrame, { type: "message" }>,
  send: (frame: ServerFrame) => void,
  clientIp: string,
): Promise<void> {
  await session.checkAccess(frame.conversationId);
  const { conversationId, clientMessageId, text } = frame;
  if (principal.kind === "shopper") {
    // The ack goes out as soon as the message is committed, before the bot's turn.
    await withShopperTurnLimits({ store: ctx.deps.store, limits: ctx.limits }, { conversationId, clientIp }, () =>
      postCustomerMessage(ctx.conversations, {
        conversationId,
        clientMessageId,
        text,
        onStored: (message) => send({ type: "ack", clientMessageId, message: shopperMessage(message) }),
      }),
    );
    return;
  }
  const { message } = await postAgentMessage(ctx.conversations, {
    conversationId,
    clientMessageId,
    text,
    staffId: principal.user.id,
    internal: frame.internal,
    takeover: frame.takeover,
  });
  send({ type: "ack", clientMessageId, message });
}

function errorFrame(err: unknown, clientMessageId?: string): ServerFrame {
  const { body } = toHttpError(err);
  return {
    type: "error",
    error: { code: body.error.code, message: body.error.message },
    ...(clientMessageId ? { clientMessageId } : {}),
  };
}
