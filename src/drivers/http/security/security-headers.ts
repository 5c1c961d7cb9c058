import type { IncomingMessage } from "node:http";
import cors from "@fastify/cors";
import helmet from "@fastify/helmet";
import type { FastifyInstance } from "fastify";
import { builtPageScriptHashes } from "./inline-script-hashes.js";
import { pathOnly } from "./log-hygiene.js";

/** Origins allowed to embed the chat widget and to call the API from a browser. */
export interface WebSecurityOptions {
  /** Shop sites that may frame /widget.html (besides Kefu's own pages), e.g. https://shop.example. */
  widgetOrigins?: string[];
  /** Browser origins allowed to call the API cross-origin (CORS); the widget itself needs none. */
  corsOrigins?: string[];
}

/** The page shops frame; every other page refuses to be framed. */
const WIDGET_PAGE = "/widget.html";
/** The loader script shop pages include from another origin. */
const LOADER_SCRIPT = "/widget.js";

function isWidgetPage(url: string | undefined): boolean {
  return pathOnly(url ?? "") === WIDGET_PAGE;
}

/**
 * Security headers (helmet): a CSP the built console, admin, widget and /docs run under, no
 * framing except the widget by configured shop origins, nosniff, no referrer; and CORS from an
 * allowlist instead of reflecting any origin.
 */
export async function registerWebSecurity(
  app: FastifyInstance,
  options: WebSecurityOptions & { webDistDir?: string | undefined },
): Promise<void> {
  const widgetAncestors = ["'self'", ...(options.widgetOrigins ?? [])].join(" ");
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        objectSrc: ["'none'"],
        scriptSrc: ["'self'", ...builtPageScriptHashes(options.webDistDir)],
        scriptSrcAttr: ["'none'"],
        // React and ECharts set styles through the DOM, the widget loader through a <style> in its shadow root.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:", "blob:"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        frameSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: [(req: IncomingMessage) => (isWidgetPage(req.url) ? widgetAncestors : "'none'")],
      },
    },
    // frame-ancestors above decides framing per page; X-Frame-Options (one value for all) is set below.
    xFrameOptions: false,
    referrerPolicy: { policy: "no-referrer" },
    crossOriginResourcePolicy: { policy: "same-origin" },
  });
  app.addHook("onRequest", async (request, reply) => {
    const path = pathOnly(request.url);
    if (path !== WIDGET_PAGE) reply.header("x-frame-options", "DENY");
    if (path === LOADER_SCRIPT) reply.header("cross-origin-resource-policy", "cross-origin");
  });
  const allowed = new Set(options.corsOrigins ?? []);
  await app.register(cors, {
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    credentials: false,
    allowedHeaders: ["Authorization", "Content-Type", "Idempotency-Key"],
    exposedHeaders: ["Idempotent-Replayed", "Retry-After"],
    methods: ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"],
  });
}
