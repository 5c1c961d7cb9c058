import cors from "@fastify/cors";
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

/** CSP directives in header form; frame-ancestors is added per page. */
function cspDirectives(webDistDir: string | undefined): [string, string[]][] {
  return [
    ["default-src", ["'self'"]],
    ["base-uri", ["'self'"]],
    ["object-src", ["'none'"]],
    ["script-src", ["'self'", ...builtPageScriptHashes(webDistDir)]],
    ["script-src-attr", ["'none'"]],
    // React and ECharts set styles through the DOM, the widget loader through a <style> in its shadow root.
    ["style-src", ["'self'", "'unsafe-inline'"]],
    ["img-src", ["'self'", "data:", "blob:"]],
    ["font-src", ["'self'", "data:"]],
    ["connect-src", ["'self'"]],
    ["frame-src", ["'self'"]],
    ["form-action", ["'self'"]],
  ];
}

/** Helmet's protective headers with Kefu's settings, besides CSP and framing. */
const STATIC_HEADERS: Record<string, string> = {
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
  "origin-agent-cluster": "?1",
  "referrer-policy": "no-referrer",
  "strict-transport-security": "max-age=31536000; includeSubDomains",
  "x-content-type-options": "nosniff",
  "x-dns-prefetch-control": "off",
  "x-download-options": "noopen",
  "x-permitted-cross-domain-policies": "none",
  "x-xss-protection": "0",
};

/**
 * Security headers: a CSP the built console, admin, widget and /docs run under, no framing except
 * the widget by configured shop origins, nosniff, no referrer (the set helmet sends, built once
 * at start: @fastify/helmet rebuilt and re-parsed it on every request); and CORS from an
 * allowlist instead of reflecting any origin.
 */
export async function registerWebSecurity(
  app: FastifyInstance,
  options: WebSecurityOptions & { webDistDir?: string | undefined },
): Promise<void> {
  const widgetAncestors = ["'self'", ...(options.widgetOrigins ?? [])].join(" ");
  const csp = (ancestors: string) =>
    [...cspDirectives(options.webDistDir), ["frame-ancestors", [ancestors]] as const]
      .map(([name, values]) => `${name} ${values.join(" ")}`)
      .join(";");
  const widgetPage = { ...STATIC_HEADERS, "content-security-policy": csp(widgetAncestors) };
  // Every other page refuses to be framed, by CSP and by X-Frame-Options for older browsers.
  const otherPages = { ...STATIC_HEADERS, "content-security-policy": csp("'none'"), "x-frame-options": "DENY" };
  app.addHook("onRequest", async (request, reply) => {
    const path = pathOnly(request.url);
    reply.headers(path === WIDGET_PAGE ? widgetPage : otherPages);
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
