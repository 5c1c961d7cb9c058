import type { RateLimiter, RateLimitResult } from "../../application/ports/rate-limiter.js";

interface Window {
  count: number;
  resetAt: number;
}

/** Above this many keys, expired windows are swept on the next hit so memory stays bounded. */
const SWEEP_AT = 10_000;

/** Fixed-window counters in this process (a single server, or tests). */
export function createMemoryRateLimiter(now: () => number = Date.now): RateLimiter {
  const windows = new Map<string, Window>();
  const current = (key: string): Window | undefined => {
    const w = windows.get(key);
    if (w && w.resetAt <= now()) {
      windows.delete(key);
      return undefined;
    }
    return w;
  };
  const result = (w: Window | undefined, max: number): RateLimitResult => ({
    allowed: (w?.count ?? 0) <= max,
    count: w?.count ?? 0,
    retryAfterMs: w ? Math.max(0, w.resetAt - now()) : 0,
  });
  return {
    async hit(key, rule) {
      if (windows.size >= SWEEP_AT) for (const k of [...windows.keys()]) current(k);
      const w = current(key) ?? { count: 0, resetAt: now() + rule.windowMs };
      w.count += 1;
      windows.set(key, w);
      return result(w, rule.max);
    },
    async peek(key, rule) {
      return result(current(key), rule.max);
    },
    async reset(key) {
      windows.delete(key);
    },
    async close() {
      windows.clear();
    },
  };
}
