import type { Redis } from "ioredis";
import type { RateLimiter, RateLimitResult } from "../../application/ports/rate-limiter.js";

// INCR and the first PEXPIRE in one step, so a crash between them cannot leave a key without expiry.
const HIT = `local c = redis.call('INCR', KEYS[1])
if c == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return {c, redis.call('PTTL', KEYS[1])}`;

const toNumber = (v: unknown): number => (typeof v === "number" ? v : Number(v ?? 0));

/** Fixed-window counters in Redis under `<prefix>:rl:`, shared by every server instance. */
export function createRedisRateLimiter(redis: Redis, prefix: string): RateLimiter {
  const full = (key: string) => `${prefix}:rl:${key}`;
  const result = (count: number, ttl: number, max: number): RateLimitResult => ({
    allowed: count <= max,
    count,
    retryAfterMs: Math.max(0, ttl),
  });
  return {
    async hit(key, rule) {
      const reply: unknown = await redis.eval(HIT, 1, full(key), String(rule.windowMs));
      const [count, ttl] = Array.isArray(reply) ? reply.map(toNumber) : [0, 0];
      return result(count ?? 0, ttl ?? 0, rule.max);
    },
    async peek(key, rule) {
      const [count, ttl] = await Promise.all([redis.get(full(key)), redis.pttl(full(key))]);
      return result(toNumber(count), ttl, rule.max);
    },
    async reset(key) {
      await redis.del(full(key));
    },
    async close() {},
  };
}
