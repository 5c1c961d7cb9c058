/** A fixed-window limit: at most `max` hits per `windowMs`. */
export interface LimitRule {
  max: number;
  windowMs: number;
}

/** The state of one key after a hit (or a peek). */
export interface RateLimitResult {
  /** False once the hits in this window exceed the rule's max. */
  allowed: boolean;
  /** Hits counted in the current window. */
  count: number;
  /** Until the window resets. */
  retryAfterMs: number;
}

/** Counts hits per key; in-process by default, Redis when configured so limits hold across instances. */
export interface RateLimiter {
  /** Counts one hit on `key` and says whether it is within `rule`. */
  hit(key: string, rule: LimitRule): Promise<RateLimitResult>;
  /** The state of `key` without counting a hit. */
  peek(key: string, rule: LimitRule): Promise<RateLimitResult>;
  /** Forgets `key` (e.g. failed logins after a success). */
  reset(key: string): Promise<void>;
  close(): Promise<void>;
}
