import { createHash } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import type { Clock } from "../../application/ports/clock.js";
import type { Logger } from "../../application/ports/logger.js";
import type { Store } from "../../application/ports/store.js";
import { KefuError } from "../../domain/errors/kefu-error.js";
import { parseJson } from "../../domain/parse-json.js";
import { principalKey } from "./auth/principal.js";

const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

interface PendingIdempotency {
  scope: string;
  key: string;
  requestHash: string;
  /** When the claim was made; releasing checks it so a newer claim is never dropped. */
  createdAt: string;
  expiresAt: string;
  done: () => void;
}

/**
 * How a route's responses may be replayed. `never`: the key is ignored and the handler always
 * runs (login: a replay must never hand out a token, live or dead). `secretField`: that field is
 * removed before the response is stored and `reissue` puts a fresh one back on replay.
 */
export type ReplayPolicy =
  | { replay: "never" }
  | { secretField: string; reissue: (stored: Record<string, unknown>) => Record<string, unknown> };

declare module "fastify" {
  interface FastifyRequest {
    /** Set while a keyed mutating request runs, so its response can be stored. */
    idempotency: PendingIdempotency | undefined;
  }
  interface FastifyContextConfig {
    /** Replay rules for routes whose responses carry secrets. */
    idempotency?: ReplayPolicy;
  }
}

const JsonObject = z.record(z.string(), z.unknown());

/** Replay records live this long by default; the sweep deletes them after. */
export const DEFAULT_IDEMPOTENCY_TTL_MS = 24 * 3600 * 1000;
/** How often expired records (and expired sessions) are swept. */
const SWEEP_EVERY_MS = 15 * 60_000;

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
export function registerIdempotency(
  app: FastifyInstance,
  deps: { store: Store; clock: Clock; logger: Logger; ttlMs?: number | undefined },
): void {
  const inflight = new Map<string, Promise<void>>();
  const ttlMs = deps.ttlMs ?? DEFAULT_IDEMPOTENCY_TTL_MS;
  app.decorateRequest("idempotency", undefined);
  scheduleSweep(app, deps);

  /** The record to replay, or undefined once this request holds the claim. */
  async function claimOrReplay(scope: string, key: string, requestHash: string, createdAt: string, expiresAt: string) {
    const deadline = Date.now() + WAIT_FOR_OTHER_MS;
    for (;;) {
      const claim = { scope, key, requestHash, statusCode: 0, responseBody: "", createdAt, expiresAt };
      if (await deps.store.idempotency.put(claim)) return undefined;
      const stored = await deps.store.idempotency.get(scope, key);
      if (!stored) continue;
      if (stored.expiresAt <= deps.clock.nowIso()) {
        // An expired record is gone for good; the sweep would have deleted it.
        await deps.store.idempotency.deleteExpired(deps.clock.nowIso());
        continue;
      }
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
    const policy = request.routeOptions.config.idempotency;
    if (!MUTATING.has(request.method) || header === undefined) return;
    if (policy && "replay" in policy) return;
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
    const expiresAt = new Date(deps.clock.now().getTime() + ttlMs).toISOString();
    let stored: Awaited<ReturnType<typeof claimOrReplay>>;
    try {
      stored = await claimOrReplay(scope, key, requestHash, createdAt, expiresAt);
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
        .send(
          policy
            ? JSON.stringify(policy.reissue(parseJson(JsonObject, stored.responseBody, "stored response")))
            : stored.responseBody,
        );
    }
    request.idempotency = { scope, key, requestHash, createdAt, expiresAt, done };
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
          responseBody: withoutSecret(payload, request.routeOptions.config.idempotency),
          createdAt: pending.createdAt,
          expiresAt: pending.expiresAt,
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

/** The response as stored: the policy's secret field removed (it is re-issued on replay). */
function withoutSecret(payload: string, policy: ReplayPolicy | undefined): string {
  if (!policy || "replay" in policy) return payload;
  const { [policy.secretField]: _secret, ...rest } = parseJson(JsonObject, payload, "response");
  return JSON.stringify(rest);
}

/** Deletes expired replay records and sessions every few minutes while the app runs. */
function scheduleSweep(app: FastifyInstance, deps: { store: Store; clock: Clock; logger: Logger }): void {
  let running: Promise<void> | undefined;
  const sweep = () => {
    if (running) return;
    const now = deps.clock.nowIso();
    running = Promise.all([deps.store.idempotency.deleteExpired(now), deps.store.sessions.deleteExpired(now)])
      .then(([records, sessions]) => {
        if (records + sessions > 0)
          deps.logger.info({ records, sessions }, "swept expired idempotency records and sessions");
      })
      .catch((err) => deps.logger.warn({ err }, "idempotency sweep failed"))
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(sweep, SWEEP_EVERY_MS);
  timer.unref();
  app.addHook("onReady", async () => sweep());
  app.addHook("onClose", async () => {
    clearInterval(timer);
    await running;
  });
}
