import type { Clock } from "../../ports/clock.js";
import type { EventBus } from "../../ports/event-bus.js";
import type { IdGenerator } from "../../ports/id-generator.js";
import type { PasswordHasher } from "../../ports/password-hasher.js";
import type { LimitRule, RateLimiter } from "../../ports/rate-limiter.js";
import type { SessionTokens } from "../../ports/session-tokens.js";
import type { Store } from "../../ports/store.js";

/** What the staff account use cases need. */
export interface StaffDeps {
  store: Store;
  clock: Clock;
  ids: IdGenerator;
  passwords: PasswordHasher;
  tokens: SessionTokens;
  /** How long a login lasts; 12 hours by default. */
  sessionTtlMs?: number;
  /** Tells every server instance that sessions ended, so their open sockets close. */
  eventBus?: EventBus;
  /** Failed logins counted per account; over `rule.max` in the window the account is locked out. */
  loginGuard?: { limiter: RateLimiter; rule: LimitRule };
}
