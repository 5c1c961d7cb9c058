import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { KefuError } from "../../domain/errors/kefu-error.js";

/** Vite puts content-hashed files under assets/: they never change, so browsers may keep them a year. */
const HASHED_ASSET = /[/\\]assets[/\\][^/\\]+-[A-Za-z0-9_-]{8}\.[a-z0-9]+(?:\.(?:br|gz))?$/;

/** Cache policy per file: immutable for hashed assets, revalidate (ETag) for HTML and the unhashed loader. */
export function cacheControlFor(filePath: string): string {
  return HASHED_ASSET.test(filePath) ? "public, max-age=31536000, immutable" : "no-cache";
}

/**
 * Serves the built front end (when present) with an SPA fallback: unknown non-API GETs get
 * index.html, unknown API paths get a JSON 404.
 */
export async function registerWebStatic(app: FastifyInstance, webDistDir: string | undefined): Promise<void> {
  const hasWeb = webDistDir !== undefined && existsSync(join(webDistDir, "index.html"));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webDistDir,
      prefix: "/",
      wildcard: false,
      index: ["index.html"],
      // scripts/precompress-web.mjs writes .br/.gz at build time; the plugin picks one by Accept-Encoding.
      preCompressed: true,
      cacheControl: false,
      setHeaders: (res, filePath) => res.setHeader("cache-control", cacheControlFor(filePath)),
    });
  }
  app.setNotFoundHandler(async (request, reply) => {
    const path = request.url.split("?")[0] ?? "";
    const apiLike = path.startsWith("/api/") || path.startsWith("/docs");
    if (hasWeb && !apiLike && (request.method === "GET" || request.method === "HEAD")) {
      return reply.type("text/html; charset=utf-8").sendFile("index.html");
    }
    throw new KefuError("NOT_FOUND", `No route ${request.method} ${path}`);
  });
}
