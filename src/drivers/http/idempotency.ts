import { createHash } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Clock } from "../../application/ports/clock.js";
import type { Store } from "../../application/ports/store.js";
import { KefuError } from "../../domain/errors/kefu-error.js";
import { principalKey } from "./auth/principal.js";

const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

interface PendingIdempotency {
  scope: string;
  key: string;
  requestHash: string;
  done: () => void;
}

declare module "fastify" {
  interface FastifyRequest {
    /** Set while a keyed mutating request runs, so its response can be stored. */
    idempotency: PendingIdempotency | undefined;
  }
}

/**
 * Honours `Idempotency-Key` on every mutating route: the first 2xx response is stored (before it is
 * sent) under principal + method + path and replayed for the same key and body; another body is 409.
 * Concurrent requests with one key wait for the first inside this process.
 */
export function registerIdempotency(app: FastifyInstance, deps: { store: Store; clock: Clock }): void {
  const inflight = new Map<string, Promise<void>>();
  app.decorateRequest("idempotency", undefined);

  app.addHook("preHandler", async (request: FastifyRequest, reply: FastifyReply) => {
    const header = request.headers["idempotency-key"];
    if (!MUTATING.has(request.method) || header === undefined) return;
    const key = Array.isArray(header) ? header[0] : header;
    if (!key || key.length > 200) {
      throw new KefuError("VALIDATION_FAILED", "Idempotency-Key must be 1 to 200 characters");
    }
    const scope = `${principalKey(request)} ${request.method} ${request.url.split("?")[0]}`;
    const requestHash = createHash("sha256")
      .update(JSON.stringify(request.body ?? null))
      .digest("hex");
    const slot = `${scope}\n${key}`;
    for (let running = inflight.get(slot); running; running = inflight.get(slot)) await running;
    const stored = await deps.store.idempotency.get(scope, key);
    if (stored) {
      if (stored.requestHash !== requestHash) {
        throw new KefuError(
          "IDEMPOTENCY_KEY_REUSED",
          "This Idempotency-Key was already used with another request body",
        );
      }
      return reply
        .code(stored.statusCode)
        .header("idempotent-replayed", "true")
        .type("application/json; charset=utf-8")
        .send(stored.responseBody);
    }
    let done: () => void = () => {};
    inflight.set(
      slot,
      new Promise<void>((resolve) => {
        done = () => {
          inflight.delete(slot);
          resolve();
        };
      }),
    );
    request.idempotency = { scope, key, requestHash, done };
  });

  app.addHook("onSend", async (request, reply, payload) => {
    const pending = request.idempotency;
    if (!pending || reply.statusCode < 200 || reply.statusCode >= 300 || typeof payload !== "string") return payload;
    await deps.store.idempotency.put({
      scope: pending.scope,
      key: pending.key,
      requestHash: pending.requestHash,
      statusCode: reply.statusCode,
      responseBody: payload,
      createdAt: deps.clock.nowIso(),
    });
    return payload;
  });

  const release = async (request: FastifyRequest) => {
    request.idempotency?.done();
    request.idempotency = undefined;
  };
  app.addHook("onResponse", release);
  app.addHook("onRequestAbort", release);
}
