import { describe, expect, it } from "vitest";
import { loadConfig } from "../../config/load-config.js";
import { DEFAULT_RATE_LIMITS, parseLimitRule, resolveRateLimits } from "./rate-limits.js";

describe("rate limit configuration", () => {
  it("parses max/seconds and names the variable when malformed", () => {
    expect(parseLimitRule("10/60", "X")).toEqual({ max: 10, windowMs: 60_000 });
    expect(parseLimitRule(" 3 / 1 ", "X")).toEqual({ max: 3, windowMs: 1000 });
    for (const bad of ["10", "0/60", "10/0", "a/b", "-1/60"])
      expect(() => parseLimitRule(bad, "KEFU_X")).toThrow(/KEFU_X/);
  });

  it("fills unset limits with the defaults", () => {
    const limits = resolveRateLimits({ messages: { max: 2, windowMs: 1000 }, login: undefined });
    expect(limits.messages).toEqual({ max: 2, windowMs: 1000 });
    expect(limits.login).toEqual(DEFAULT_RATE_LIMITS.login);
  });

  it("reads proxies, Redis prefix and limits from the environment", () => {
    const config = loadConfig({
      KEFU_TRUST_PROXY: " 10.0.0.0/8, 127.0.0.1 ,",
      KEFU_REDIS_PREFIX: "shop-a",
      KEFU_LIMIT_LOGIN: "5/30",
      KEFU_MAX_SOCKETS_PER_TOKEN: "2",
    });
    expect(config.trustProxy).toEqual(["10.0.0.0/8", "127.0.0.1"]);
    expect(config.redisPrefix).toBe("shop-a");
    const limits = resolveRateLimits(config.limits);
    expect(limits.login).toEqual({ max: 5, windowMs: 30_000 });
    expect(limits.socketsPerToken).toBe(2);
    expect(limits.messages).toEqual(DEFAULT_RATE_LIMITS.messages);
  });

  it("trusts no proxy and uses the prefix kefu by default; refuses a prefix with odd characters", () => {
    const config = loadConfig({});
    expect(config.trustProxy).toEqual([]);
    expect(config.redisPrefix).toBe("kefu");
    expect(config.idempotencyTtlMs).toBe(24 * 3600 * 1000);
    expect(() => loadConfig({ KEFU_REDIS_PREFIX: "a b" })).toThrow(/KEFU_REDIS_PREFIX/);
  });
});
