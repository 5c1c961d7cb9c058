import type { FastifyPluginAsync } from "fastify";
import type { Clock } from "../../application/ports/clock.js";
import type { ConversationAgent } from "../../application/ports/conversation-agent.js";
import type { EventBus } from "../../application/ports/event-bus.js";
import type { IdGenerator } from "../../application/ports/id-generator.js";
import type { Logger } from "../../application/ports/logger.js";
import type { PasswordHasher } from "../../application/ports/password-hasher.js";
import type { Store } from "../../application/ports/store.js";
import type { WebSecurityOptions } from "./security/security-headers.js";

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
  /** Login attempts allowed per IP per minute (default 10). */
  loginRateLimit?: number;
  /** Shop origins that may frame the widget, and origins allowed by CORS (both empty by default). */
  webSecurity?: WebSecurityOptions;
  /** Passed to Fastify's own logger (default false: the app logs through `logger`). */
  httpLogger?: boolean;
}
