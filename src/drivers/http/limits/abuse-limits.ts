import type { LimitRule, RateLimiter } from "../../../application/ports/rate-limiter.js";
import { type RateLimits, rateLimited } from "./rate-limits.js";

/** The limiter and the rules the routes and sockets enforce. */
export interface AbuseLimits {
  limiter: RateLimiter;
  rules: RateLimits;
}

/** Counts one hit on `key`; throws RATE_LIMITED (429, Retry-After) once the rule is exceeded. */
export async function enforceLimit(limiter: RateLimiter, key: string, rule: LimitRule, message: string): Promise<void> {
  const result = await limiter.hit(key, rule);
  if (!result.allowed) throw rateLimited(message, result.retryAfterMs);
}

/** Throws RATE_LIMITED when `key` is already over its rule, without counting a hit. */
export async function checkLimit(limiter: RateLimiter, key: string, rule: LimitRule, message: string): Promise<void> {
  const result = await limiter.peek(key, rule);
  if (result.count >= rule.max) throw rateLimited(message, result.retryAfterMs);
}
