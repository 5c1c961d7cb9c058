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
  /** When the claim was made; releasing checks it so a newer claim is never dropped. */
  createdAt: string;
  done: () => void;
}

declare module "fastify" {
  interface FastifyRequest {
    /** Set while a keyed mutating request runs, so its response can be stored. */
    idempotency: PendingIdempotency | undefined;
  }
}

/** How long a claim may stay pending before another request may take it over (its process died). */
const STALE_CLAIM_MS = 5 * 60_000;
/** How long a request waits for another process to finish the same key before answering 409. */
const WAIT_FOR_OTHER_MS = 10_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Honours `Idempotency-Key` on every mutating route. The key is claimed in the store before the
 * handler runs (so two processes cannot both run it); the first 2xx response is stored under
 * principal + method + path and replayed for the same key and body; another body is 409. A non-2xx
 * answer releases the claim so the call can be retried. Concurrent requests with one key wait.
 */
export function registerIdempotency(app: FastifyInstance, deps: { store: Store; clock: Clock }): void {
  const inflight = new Map<string, Promise<void>>();
  app.decorateRequest("idempotency", undefined);

  /** The record to replay, or undefined once this request holds the claim. */
  async function claimOrReplay(scope: string, key: string, requestHash: string, createdAt: string) {
    const deadline = Date.now() + WAIT_FOR_OTHER_MS;
    for (;;) {
      const claim = { scope, key, requestHash, statusCode: 0, responseBody: "", createdAt };
      if (await deps.store.idempotency.put(claim)) return undefined;
      const stored = await deps.store.idempotency.get(scope, key);
      if (!stored) continue;
      if (stored.requestHash !== requestHash) {
        throw new KefuError(
          "IDEMPOTENCY_KEY_REUSED",
          "This Idempotency-Key was already used with another request body",
        );
      }
      if (stored.statusCode !== 0) return stored;
      if (deps.clock.now().getTime() - Date.parse(stored.createdAt) > STALE_CLAIM_MS) {
        await deps.store.idempotency.release(scope, key, stored.createdAt);
      } else if (Date.now() > deadline) {
        throw new KefuError(
          "IDEMPOTENCY_KEY_REUSED",
          "A request with this Idempotency-Key is still running; retry later",
        );
      } else {
        await sleep(50);
      }
    }
  }

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
    const createdAt = deps.clock.nowIso();
    let stored: Awaited<ReturnType<typeof claimOrReplay>>;
    try {
      stored = await claimOrReplay(scope, key, requestHash, createdAt);
    } catch (error) {
      done();
      throw error;
    }
    if (stored) {
      done();
      return reply
        .code(stored.statusCode)
        .header("idempotent-replayed", "true")
        .type("application/json; charset=utf-8")
        .send(stored.responseBody);
    }
    request.idempotency = { scope, key, requestHash, createdAt, done };
  });

  app.addHook("onSend", async (request, reply, payload) => {
    const pending = request.idempotency;
    if (!pending) return payload;
    request.idempotency = undefined;
    try {
      if (reply.statusCode >= 200 && reply.statusCode < 300 && typeof payload === "string") {
        await deps.store.idempotency.finish({
          scope: pending.scope,
          key: pending.key,
          requestHash: pending.requestHash,
          statusCode: reply.statusCode,
          responseBody: payload,
          createdAt: pending.createdAt,
        });
      } else {
        await deps.store.idempotency.release(pending.scope, pending.key, pending.createdAt);
      }
    } finally {
      pending.done();
    }
    return payload;
  });

  const abandon = async (request: FastifyRequest) => {
    const pending = request.idempotency;
    if (!pending) return;
    request.idempotency = undefined;
    try {
      await deps.store.idempotency.release(pending.scope, pending.key, pending.createdAt);
    } finally {
      pending.done();
    }
  };
  app.addHook("onResponse", abandon);
  app.addHook("onRequestAbort", abandon);
}
