import type { FastifyPluginAsync } from "fastify";
import type { Redis } from "ioredis";
import type { AttachmentStore } from "../../application/ports/attachment-store.js";
import type { Clock } from "../../application/ports/clock.js";
import type { ConversationAgent } from "../../application/ports/conversation-agent.js";
import type { EventBus } from "../../application/ports/event-bus.js";
import type { IdGenerator } from "../../application/ports/id-generator.js";
import type { Logger } from "../../application/ports/logger.js";
import type { PasswordHasher } from "../../application/ports/password-hasher.js";
import type { RateLimiter } from "../../application/ports/rate-limiter.js";
import type { Store } from "../../application/ports/store.js";
import type { RateLimits } from "./limits/rate-limits.js";
import type { WebSecurityOptions } from "./security/security-headers.js";

/** Where shopper uploads go and how large one may be. */
export interface AttachmentSettings {
  store: AttachmentStore;
  maxBytes: number;
}

/** Everything the HTTP app is built from; adapters are chosen by the composition root. */
export interface AppDeps {
  store: Store;
  clock: Clock;
  ids: IdGenerator;
  logger: Logger;
  eventBus: EventBus;
  /** The bot; optional so the API runs (human-only) before the agent is wired. */
  agent?: ConversationAgent;
  /** Signs widget tokens; at least 16 characters. */
  secret: string;
  /** Built web front end (index.html, widget.js); served at / when the folder exists. */
  webDistDir?: string;
  /** More /api/v1 route plugins, registered after the built-in ones with auth and idempotency active. */
  extraRoutes?: FastifyPluginAsync[];
  /** Defaults to scrypt; tests pass a cheaper one. */
  passwords?: PasswordHasher;
  /** Login attempts allowed per client address per minute (default 10; shorthand for `rateLimits.login`). */
  loginRateLimit?: number;
  /** Shop origins that may frame the widget, and origins allowed by CORS (both empty by default). */
  webSecurity?: WebSecurityOptions;
  /** Overrides of the default abuse limits (src/drivers/http/limits/rate-limits.ts). */
  rateLimits?: Partial<RateLimits>;
  /** Counts limit hits; in-process by default, Redis-backed when the server runs with REDIS_URL. */
  rateLimiter?: RateLimiter;
  /** Redis for @fastify/rate-limit's per-route counters, with the deployment's key prefix. */
  rateLimitRedis?: { client: Redis; prefix: string };
  /** Proxy addresses/CIDRs whose X-Forwarded-For is believed; empty or unset: none. */
  trustProxy?: string[];
  /** How long idempotency records are replayed (default 24 h); swept on a schedule after that. */
  idempotencyTtlMs?: number;
  /** Shopper attachments; in memory with a 10 MB cap when unset (tests). */
  attachments?: AttachmentSettings;
  /** Passed to Fastify's own logger (default false: the app logs through `logger`). */
  httpLogger?: boolean;
}
