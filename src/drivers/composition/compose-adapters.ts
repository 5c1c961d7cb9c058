import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { Redis } from "ioredis";
import type { EventBus } from "../../application/ports/event-bus.js";
import type { Logger } from "../../application/ports/logger.js";
import type { PasswordHasher } from "../../application/ports/password-hasher.js";
import type { RateLimiter } from "../../application/ports/rate-limiter.js";
import type { Store } from "../../application/ports/store.js";
import { type InsightsJobsRuntime, openInsightsQueue } from "../../infrastructure/queue/start-insights-jobs.js";
import { createLocalEventBus } from "../../infrastructure/realtime/event-bus-local.js";
import { createRedisEventBus } from "../../infrastructure/realtime/event-bus-redis.js";
import { createMemoryRateLimiter } from "../../infrastructure/security/memory-rate-limiter.js";
import { createRedisRateLimiter } from "../../infrastructure/security/redis-rate-limiter.js";
import { createScryptPasswordHasher } from "../../infrastructure/security/scrypt-password-hasher.js";
import { createStore } from "../../infrastructure/storage/create-store.js";
import type { KefuConfig } from "../config/load-config.js";
import { openFieldCipher } from "../config/open-field-cipher.js";

type StoreConfig = Pick<KefuConfig, "databaseUrl" | "sqlitePath" | "dataKey" | "dataDir">;

/** The store the config names: PostgreSQL on DATABASE_URL, else the SQLite file (its folder created), sealed with the configured data key. */
export async function composeStore(config: StoreConfig, logger: Logger): Promise<Store> {
  if (!config.databaseUrl) await mkdir(dirname(config.sqlitePath), { recursive: true });
  const cipher = await openFieldCipher(config);
  return createStore({ databaseUrl: config.databaseUrl, sqlitePath: config.sqlitePath, logger, cipher });
}

/** Every adapter a server runs on, chosen from the validated config in this one place (the bot: compose-agent.ts). */
export interface ComposedAdapters {
  store: Store;
  /** Realtime fan-out: Redis pub/sub on REDIS_URL, else in-process. */
  eventBus: EventBus;
  /** Abuse limits: Redis on REDIS_URL, else in-process windows. */
  rateLimiter: RateLimiter;
  /** The Redis client the HTTP rate-limit plugin shares, when there is one. */
  rateLimitRedis?: { client: Redis; prefix: string };
  passwords: PasswordHasher;
  close(): Promise<void>;
}

export async function composeAdapters(config: KefuConfig, logger: Logger): Promise<ComposedAdapters> {
  const store = await composeStore(config, logger);
  // Every Redis channel and key carries the deployment's prefix, so deployments can share one Redis.
  const prefix = config.redisPrefix ?? "kefu";
  let eventBus: EventBus;
  try {
    eventBus = config.redisUrl
      ? await createRedisEventBus({ url: config.redisUrl, channel: `${prefix}:events`, logger })
      : createLocalEventBus(logger);
  } catch (err) {
    await store.close();
    throw err;
  }
  const redis = config.redisUrl ? new Redis(config.redisUrl, { maxRetriesPerRequest: 3 }) : undefined;
  redis?.on("error", (err) => logger.warn({ err }, "redis rate-limit connection error"));
  return {
    store,
    eventBus,
    rateLimiter: redis ? createRedisRateLimiter(redis, prefix) : createMemoryRateLimiter(),
    ...(redis ? { rateLimitRedis: { client: redis, prefix } } : {}),
    passwords: createScryptPasswordHasher(),
    async close() {
      await eventBus.close();
      await redis?.quit();
      await store.close();
    },
  };
}

/** The job queue: BullMQ on REDIS_URL, else in-process over the jobs table, with every handler registered. */
export function composeJobQueue(runtime: InsightsJobsRuntime) {
  return openInsightsQueue(runtime);
}
