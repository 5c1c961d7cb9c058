import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { KefuError } from "../../domain/errors/kefu-error.js";

/**
 * Serves the built front end (when present) with an SPA fallback: unknown non-API GETs get
 * index.html, unknown API paths get a JSON 404.
 */
export async function registerWebStatic(app: FastifyInstance, webDistDir: string | undefined): Promise<void> {
  const hasWeb = webDistDir !== undefined && existsSync(join(webDistDir, "index.html"));
  if (hasWeb) {
    await app.register(fastifyStatic, { root: webDistDir, prefix: "/", wildcard: false, index: ["index.html"] });
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
