import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import type { RateLimiter } from "../../application/ports/rate-limiter.js";
import { createMemoryRateLimiter } from "./memory-rate-limiter.js";
import { createRedisRateLimiter } from "./redis-rate-limiter.js";

const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const rule = { max: 3, windowMs: 60_000 };

/** The behaviour both adapters share. */
function contract(name: string, make: () => RateLimiter) {
  describe(name, () => {
    it("allows max hits per window, then refuses with the time left", async () => {
      const limiter = make();
      const results = [];
      for (let i = 0; i < 5; i++) results.push(await limiter.hit("k", rule));
      expect(results.map((r) => r.allowed)).toEqual([true, true, true, false, false]);
      expect(results.at(-1)?.count).toBe(5);
      expect(results.at(-1)?.retryAfterMs).toBeGreaterThan(50_000);
      expect(results.at(-1)?.retryAfterMs).toBeLessThanOrEqual(60_000);
    });

    it("keeps keys apart, peeks without counting and resets", async () => {
      const limiter = make();
      await limiter.hit("a", rule);
      await limiter.hit("a", rule);
      expect((await limiter.peek("a", rule)).count).toBe(2);
      expect((await limiter.peek("a", rule)).count).toBe(2);
      expect((await limiter.peek("b", rule)).count).toBe(0);
      await limiter.reset("a");
      expect((await limiter.peek("a", rule)).count).toBe(0);
    });

    it("starts a new window once the old one ends", async () => {
      const limiter = make();
      const short = { max: 1, windowMs: 100 };
      expect((await limiter.hit("w", short)).allowed).toBe(true);
      expect((await limiter.hit("w", short)).allowed).toBe(false);
      await new Promise((r) => setTimeout(r, 150));
      expect((await limiter.hit("w", short)).allowed).toBe(true);
    });
  });
}

contract("memory rate limiter", () => createMemoryRateLimiter());

const redis = new Redis(REDIS_URL, { lazyConnect: true });
const prefix = `kefu-test-rl-${randomUUID().slice(0, 8)}`;
afterAll(async () => {
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
});
let n = 0;
contract("redis rate limiter", () => createRedisRateLimiter(redis, `${prefix}-${n++}`));

describe("redis rate limiter keys", () => {
  it("live under <prefix>:rl: and expire with the window", async () => {
    const p = `${prefix}-keys`;
    await createRedisRateLimiter(redis, p).hit("login-account:x@y.test", rule);
    expect(await redis.keys(`${p}:*`)).toEqual([`${p}:rl:login-account:x@y.test`]);
    expect(await redis.pttl(`${p}:rl:login-account:x@y.test`)).toBeGreaterThan(0);
  });
});
