import rateLimit from "@fastify/rate-limit";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import websocket from "@fastify/websocket";
import Fastify, { type FastifyInstance } from "fastify";
import { jsonSchemaTransform, serializerCompiler } from "fastify-type-provider-zod";
import { PresenceBoard } from "../../application/presence/presence-board.js";
import { createConversationDeps } from "../../application/use-cases/conversations/conversation-deps.js";
import { createMemoryAttachmentStore } from "../../infrastructure/attachments/memory-attachment-store.js";
import { createMemoryRateLimiter } from "../../infrastructure/security/memory-rate-limiter.js";
import { randomSessionTokens } from "../../infrastructure/security/random-session-tokens.js";
import { createScryptPasswordHasher } from "../../infrastructure/security/scrypt-password-hasher.js";
import type { AppDeps } from "./app-deps.js";
import { bearerToken, resolvePrincipal } from "./auth/authenticate.js";
import { createErrorHandler } from "./error-mapping.js";
import { registerIdempotency } from "./idempotency.js";
import { rateLimited, resolveRateLimits } from "./limits/rate-limits.js";
import { addCommonOperationParts } from "./openapi-document.js";
import type { RouteContext } from "./route-context.js";
import { afterSalesRoutes } from "./routes/after-sales-routes.js";
import { attachmentRoutes } from "./routes/attachment-routes.js";
import { auditRoutes } from "./routes/audit-routes.js";
import { authRoutes } from "./routes/auth-routes.js";
import { availabilityRoutes } from "./routes/availability-routes.js";
import { cannedReplyRoutes } from "./routes/canned-reply-routes.js";
import { conversationRoutes } from "./routes/conversation-routes.js";
import { customerRoutes } from "./routes/customer-routes.js";
import { handoffRoutes } from "./routes/handoff-routes.js";
import { identitySettingsRoutes } from "./routes/identity-settings-routes.js";
import { kbRoutes } from "./routes/kb-routes.js";
import { orderActionRoutes } from "./routes/order-action-routes.js";
import { orderRoutes } from "./routes/order-routes.js";
import { productRoutes } from "./routes/product-routes.js";
import { searchRoutes } from "./routes/search-routes.js";
import { settingsRoutes } from "./routes/settings-routes.js";
import { staffDirectoryRoutes } from "./routes/staff-directory-routes.js";
import { transferRoutes } from "./routes/transfer-routes.js";
import { userRoutes } from "./routes/user-routes.js";
import { widgetRoutes } from "./routes/widget-routes.js";
import { controlCharSafeValidatorCompiler } from "./security/control-chars.js";
import { httpLoggerOptions } from "./security/log-hygiene.js";
import {
  clientErrorHandler,
  frameworkErrorHandler,
  MAX_PARAM_LENGTH,
  rejectLongUrls,
} from "./security/request-limits.js";
import { enforceRouteAccess } from "./security/route-access.js";
import { registerWebSecurity } from "./security/security-headers.js";
import { registerWebStatic } from "./web-static.js";
import { WS_PATH, websocketRoute } from "./ws/websocket-route.js";

export const API_PREFIX = "/api/v1";
/** Largest shopper attachment when the deployment does not say (KEFU_ATTACHMENT_MAX_BYTES). */
export const DEFAULT_ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

/** Browsers often send `Content-Type: application/json` with no body on action POSTs; treat that as no body. */
function acceptEmptyJsonBodies(app: FastifyInstance): void {
  const parseJsonBody = app.getDefaultJsonParser("error", "error");
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser("application/json", { parseAs: "string" }, (request, body, done) => {
    const text = typeof body === "string" ? body : body.toString("utf8");
    if (text.trim() === "") return done(null, undefined);
    parseJsonBody(request, text, done);
  });
}

/** Builds the Fastify app (not listening): auth, idempotency, errors, OpenAPI, routes, WebSocket, web. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  if (deps.secret.length < 16) throw new Error("buildApp: secret must be at least 16 characters");
  // X-Forwarded-For is believed only from configured proxies; otherwise the socket address is the client.
  const trustProxy = deps.trustProxy && deps.trustProxy.length > 0 ? deps.trustProxy : false;
  const app = Fastify({
    logger: deps.httpLogger ? httpLoggerOptions : false,
    bodyLimit: 1024 * 1024,
    trustProxy,
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    clientErrorHandler,
    frameworkErrors: frameworkErrorHandler,
  });
  app.setValidatorCompiler(controlCharSafeValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(createErrorHandler(deps.logger));
  acceptEmptyJsonBodies(app);

  const rules = resolveRateLimits({
    ...(deps.loginRateLimit ? { login: { max: deps.loginRateLimit, windowMs: 60_000 } } : {}),
    ...deps.rateLimits,
  });
  const limiter = deps.rateLimiter ?? createMemoryRateLimiter();
  const ctx: RouteContext = {
    deps,
    conversations: createConversationDeps(deps),
    staff: {
      store: deps.store,
      clock: deps.clock,
      ids: deps.ids,
      passwords: deps.passwords ?? createScryptPasswordHasher(),
      tokens: randomSessionTokens,
      eventBus: deps.eventBus,
      loginGuard: { limiter, rule: rules.loginAccount },
    },
    limits: { limiter, rules },
    presence: new PresenceBoard(),
  };
  // Subscribed before any socket, so a socket told of a presence event reads the updated board.
  const stopPresence = ctx.presence.follow(deps.eventBus);
  app.addHook("onClose", async () => stopPresence());

  rejectLongUrls(app);
  await registerWebSecurity(app, { ...deps.webSecurity, webDistDir: deps.webDistDir });
  await app.register(rateLimit, {
    global: false,
    ...(deps.rateLimitRedis
      ? { redis: deps.rateLimitRedis.client, nameSpace: `${deps.rateLimitRedis.prefix}:rl-route:` }
      : {}),
    errorResponseBuilder: (_request, context) => rateLimited("Too many requests; try again later", context.ttl),
  });
  await app.register(swagger, {
    openapi: {
      info: { title: "Kefu API", version: "1.0.0", description: "Kefu (客服) after-sales customer service API" },
      components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
      security: [{ bearer: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: (doc) => ("openapiObject" in doc ? addCommonOperationParts(doc.openapiObject) : doc.swaggerObject),
  });
  await app.register(swaggerUi, { routePrefix: "/docs" });
  await app.register(websocket, { options: { maxPayload: 64 * 1024 } });

  app.decorateRequest("principal", undefined);
  app.addHook("onRequest", async (request) => {
    const onSocket = request.url.startsWith(WS_PATH);
    request.principal = await resolvePrincipal(deps, bearerToken(request, onSocket));
  });
  enforceRouteAccess(app);
  registerIdempotency(app, { ...deps, ttlMs: deps.idempotencyTtlMs });

  await app.register(
    async (api) => {
      for (const routes of [
        authRoutes,
        widgetRoutes,
        conversationRoutes,
        transferRoutes,
        staffDirectoryRoutes,
        searchRoutes,
        handoffRoutes,
        customerRoutes,
        orderRoutes,
        orderActionRoutes,
        productRoutes,
        afterSalesRoutes,
        kbRoutes,
        cannedReplyRoutes,
        userRoutes,
        auditRoutes,
        settingsRoutes,
        identitySettingsRoutes,
        availabilityRoutes,
      ]) {
        await api.register(routes(ctx));
      }
      await api.register(
        attachmentRoutes(
          ctx,
          deps.attachments ?? { store: createMemoryAttachmentStore(), maxBytes: DEFAULT_ATTACHMENT_MAX_BYTES },
        ),
      );
      await api.register(websocketRoute(ctx));
      for (const extra of deps.extraRoutes ?? []) await api.register(extra);
    },
    { prefix: API_PREFIX },
  );
  await registerWebStatic(app, deps.webDistDir);
  return app;
}
