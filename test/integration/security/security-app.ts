import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import WebSocket from "ws";
import type { Clock } from "../../../src/application/ports/clock.js";
import type { EventBus } from "../../../src/application/ports/event-bus.js";
import type { RateLimiter } from "../../../src/application/ports/rate-limiter.js";
import type { Store } from "../../../src/application/ports/store.js";
import { createStaffUser } from "../../../src/application/use-cases/staff/create-staff-user.js";
import type { StaffRole } from "../../../src/domain/staff/staff-user.js";
import type { AppDeps } from "../../../src/drivers/http/app-deps.js";
import { buildApp } from "../../../src/drivers/http/build-app.js";
import { createLocalEventBus } from "../../../src/infrastructure/realtime/event-bus-local.js";
import { randomSessionTokens } from "../../../src/infrastructure/security/random-session-tokens.js";
import { silentLogger } from "../../../src/infrastructure/system/pino-logger.js";
import { randomIds } from "../../../src/infrastructure/system/random-ids.js";
import { systemClock } from "../../../src/infrastructure/system/system-clock.js";
import { ADMIN, AGENT, SECRET, testPasswords } from "../fixtures/test-app.js";

export { ADMIN, AGENT };

/** Creates the admin and agent test accounts in a store. */
export async function seedStaff(store: Store): Promise<void> {
  const deps = { store, clock: systemClock, ids: randomIds, passwords: testPasswords, tokens: randomSessionTokens };
  const seed = (email: string, password: string, role: StaffRole) =>
    createStaffUser(deps, { email, password, role, name: role, actor: { type: "system", id: "test" } });
  await seed(ADMIN.email, ADMIN.password, "admin");
  await seed(AGENT.email, AGENT.password, "agent");
}

export interface SecurityApp {
  app: FastifyInstance;
  eventBus: EventBus;
  /** http://127.0.0.1:port once listening (`listen: true`). */
  url: string;
  /** ws://127.0.0.1:port once listening (`listen: true`). */
  wsBase: string;
  login(who: { email: string; password: string }): Promise<string>;
  close(): Promise<void>;
}

/**
 * The real app on a given store (SQLite or PostgreSQL), with the limits, bus and extra routes a test needs: the
 * one app every security test builds (the authorization matrix adds its callers on top, matrix-app.ts).
 */
export async function startSecurityApp(
  store: Store,
  options: Partial<
    Pick<AppDeps, "rateLimits" | "trustProxy" | "idempotencyTtlMs" | "loginRateLimit" | "extraRoutes">
  > & {
    eventBus?: EventBus;
    rateLimiter?: RateLimiter;
    listen?: boolean;
    /** The app's clock (default: the system clock), to move time past a session's expiry. */
    clock?: Clock;
  } = {},
): Promise<SecurityApp> {
  const eventBus = options.eventBus ?? createLocalEventBus();
  const app = await buildApp({
    store,
    clock: options.clock ?? systemClock,
    ids: randomIds,
    logger: silentLogger,
    eventBus,
    secret: SECRET,
    passwords: testPasswords,
    rateLimits: options.rateLimits,
    trustProxy: options.trustProxy,
    idempotencyTtlMs: options.idempotencyTtlMs,
    rateLimiter: options.rateLimiter,
    loginRateLimit: options.loginRateLimit,
    extraRoutes: options.extraRoutes,
  });
  let url = "";
  if (options.listen) {
    await app.listen({ port: 0, host: "127.0.0.1" });
    const { port } = app.server.address() as AddressInfo;
    url = `http://127.0.0.1:${port}`;
  } else {
    await app.ready();
  }
  return {
    app,
    eventBus,
    url,
    wsBase: url.replace(/^http/, "ws"),
    async login(who) {
      const res = await app.inject({ method: "POST", url: "/api/v1/auth/login", payload: who });
      if (res.statusCode !== 200) throw new Error(`login failed: ${res.body}`);
      return res.json().token;
    },
    async close() {
      await app.close();
      if (!options.eventBus) await eventBus.close();
    },
  };
}

/** An open socket and how it ended. */
export interface OpenSocket {
  socket: WebSocket;
  frames: { type: string; [key: string]: unknown }[];
  /** Resolves with the close code once the server (or client) closes it. */
  closed: Promise<number>;
  send(frame: Record<string, unknown>): void;
}

/** Opens a socket; rejects with the HTTP status when the upgrade is refused. */
export function openSocket(wsBase: string, token: string): Promise<OpenSocket> {
  const socket = new WebSocket(`${wsBase}/api/v1/ws?token=${encodeURIComponent(token)}`);
  const frames: OpenSocket["frames"] = [];
  socket.on("message", (data) => frames.push(JSON.parse(String(data))));
  const closed = new Promise<number>((resolve) => socket.on("close", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    socket.once("open", () => resolve({ socket, frames, closed, send: (frame) => socket.send(JSON.stringify(frame)) }));
    socket.once("unexpected-response", (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
    socket.once("error", reject);
  });
}

/** Resolves with the close code, or "open" if the socket is still open after `ms`. */
export function closedWithin(s: OpenSocket, ms: number): Promise<number | "open"> {
  return Promise.race([s.closed, new Promise<"open">((resolve) => setTimeout(() => resolve("open"), ms))]);
}
