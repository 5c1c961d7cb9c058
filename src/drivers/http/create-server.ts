import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { FastifyInstance, FastifyPluginAsync } from "fastify";
import type { Clock } from "../../application/ports/clock.js";
import type { ConversationAgent } from "../../application/ports/conversation-agent.js";
import type { EventBus } from "../../application/ports/event-bus.js";
import type { IdGenerator } from "../../application/ports/id-generator.js";
import type { Logger } from "../../application/ports/logger.js";
import type { PasswordHasher } from "../../application/ports/password-hasher.js";
import type { Store } from "../../application/ports/store.js";
import { seedDemoShop } from "../../application/use-cases/shop-data/seed-demo-shop.js";
import { ensureStaffUser } from "../../application/use-cases/staff/ensure-staff-user.js";
import { randomSessionTokens } from "../../infrastructure/security/random-session-tokens.js";
import { createLogger } from "../../infrastructure/system/pino-logger.js";
import { randomIds } from "../../infrastructure/system/random-ids.js";
import { systemClock } from "../../infrastructure/system/system-clock.js";
import { composeAdapters } from "../composition/compose-adapters.js";
import type { KefuConfig } from "../config/load-config.js";
import { attachmentSettings } from "./attachment-wiring.js";
import { buildApp } from "./build-app.js";
import { loadOrCreateSecret } from "./load-or-create-secret.js";

/** Demo console accounts, created by `kefu serve --demo` when missing. */
export const DEMO_STAFF = [
  { email: "admin@kefu.local", password: "kefu-admin", name: "Demo Admin", role: "admin" },
  { email: "agent@kefu.local", password: "kefu-agent", name: "Demo Agent", role: "agent" },
] as const;

/** The adapters a server runs on, handed to factories for the parts wired in by others (agent, routes). */
export interface ServerRuntime {
  store: Store;
  clock: Clock;
  ids: IdGenerator;
  logger: Logger;
  eventBus: EventBus;
  config: KefuConfig;
}

export interface CreateServerOptions {
  /** Seed the demo shop (if the store has no products) and the demo staff accounts. */
  demo?: boolean;
  /** Builds the bot once the store is open; without it conversations go to the human queue. */
  createAgent?: (runtime: ServerRuntime) => ConversationAgent | Promise<ConversationAgent>;
  /** More /api/v1 route plugins (order actions, KB search, metrics…). */
  createExtraRoutes?: (
    runtime: ServerRuntime,
    built: { agent: ConversationAgent | undefined },
  ) => FastifyPluginAsync[] | Promise<FastifyPluginAsync[]>;
  logger?: Logger;
  /** Background work started once the app is built (follow-up jobs…); stopped before the store closes. */
  startBackground?: (
    runtime: ServerRuntime,
    built: { agent: ConversationAgent | undefined },
  ) => Promise<{ stop(): Promise<void> }>;
  /** Defaults to web/dist in the checkout. */
  webDistDir?: string;
  /** Listen on config.host/config.port (default true). */
  listen?: boolean;
}

export interface KefuServer {
  app: FastifyInstance;
  runtime: ServerRuntime;
  /** http://host:port once listening. */
  url: string;
  close(): Promise<void>;
}

const DEFAULT_WEB_DIST = fileURLToPath(new URL("../../../web/dist", import.meta.url));

/** Starts the server: adapters from the composition root (src/drivers/composition), demo seed, app, listen. */
export async function createServer(config: KefuConfig, options: CreateServerOptions = {}): Promise<KefuServer> {
  const logger = options.logger ?? createLogger({ level: config.logLevel });
  // Every adapter (store, event bus, rate limits, hasher) comes from the one composition root.
  const adapters = await composeAdapters(config, logger);
  const { store, eventBus, rateLimiter, rateLimitRedis, passwords } = adapters;
  const runtime: ServerRuntime = { store, clock: systemClock, ids: randomIds, logger, eventBus, config };
  try {
    const secret = await loadOrCreateSecret(config.secret, config.dataDir);
    if (options.demo) await seedDemo(runtime, passwords);
    const webDistDir = options.webDistDir ?? DEFAULT_WEB_DIST;
    const agent = options.createAgent ? await options.createAgent(runtime) : undefined;
    const app = await buildApp({
      ...runtime,
      secret,
      agent,
      extraRoutes: options.createExtraRoutes ? await options.createExtraRoutes(runtime, { agent }) : [],
      webDistDir: existsSync(webDistDir) ? webDistDir : undefined,
      webSecurity: { widgetOrigins: config.widgetOrigins, corsOrigins: config.corsOrigins },
      trustProxy: config.trustProxy,
      rateLimits: config.limits,
      idempotencyTtlMs: config.idempotencyTtlMs,
      rateLimiter,
      rateLimitRedis,
      passwords,
      attachments: attachmentSettings(config),
    });
    const background = options.startBackground ? await options.startBackground(runtime, { agent }) : undefined;
    let url = "";
    if (options.listen !== false) url = await app.listen({ port: config.port, host: config.host });
    logger.info({ url, storage: store.dialect, realtime: config.redisUrl ? "redis" : "local" }, "kefu started");
    return {
      app,
      runtime,
      url,
      async close() {
        await app.close();
        await background?.stop();
        await adapters.close();
      },
    };
  } catch (err) {
    await adapters.close();
    throw err;
  }
}

async function seedDemo(runtime: ServerRuntime, passwords: PasswordHasher): Promise<void> {
  const { store, clock, ids, logger } = runtime;
  // Staff first, so the demo chat history is attributed to the demo agent's real account.
  const staffDeps = { store, clock, ids, passwords, tokens: randomSessionTokens };
  for (const user of DEMO_STAFF) await ensureStaffUser(staffDeps, user);
  if ((await store.products.list({ limit: 1 })).total === 0) {
    await seedDemoShop(store, clock);
    logger.info({}, "seeded the demo shop");
  }
}
