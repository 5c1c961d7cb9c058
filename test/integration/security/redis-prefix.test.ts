import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import type { KefuEvent } from "../../../src/application/ports/event-bus.js";
import { loadConfig } from "../../../src/drivers/config/load-config.js";
import { createServer, type KefuServer } from "../../../src/drivers/http/create-server.js";
import { silentLogger } from "../../../src/infrastructure/system/pino-logger.js";

const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";

/** One deployment instance: its own SQLite file and data dir, Redis under `prefix`. */
async function instance(prefix: string, dir: string): Promise<KefuServer> {
  const config = loadConfig({
    REDIS_URL,
    KEFU_REDIS_PREFIX: prefix,
    KEFU_DB_PATH: join(dir, "kefu.sqlite"),
    KEFU_DATA_DIR: dir,
    KEFU_SECRET: "prefix-test-secret-0123456789",
    KEFU_LIMIT_CONVERSATIONS: "3/60",
  });
  return createServer(config, { logger: silentLogger, listen: false });
}

describe("deployments sharing one Redis are isolated by KEFU_REDIS_PREFIX", () => {
  const tag = randomUUID().slice(0, 8);
  const prefixA = `kefu-test-a-${tag}`;
  const prefixB = `kefu-test-b-${tag}`;
  const dirs: string[] = [];
  const servers: KefuServer[] = [];
  const redis = new Redis(REDIS_URL);
  afterAll(async () => {
    for (const s of servers) await s.close();
    for (const p of [prefixA, prefixB]) {
      const keys = await redis.keys(`${p}:*`);
      if (keys.length > 0) await redis.del(...keys);
    }
    await redis.quit();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  async function start(prefix: string, sharedDir?: string) {
    const dir = sharedDir ?? mkdtempSync(join(tmpdir(), "kefu-prefix-"));
    if (!sharedDir) dirs.push(dir);
    const s = await instance(prefix, dir);
    servers.push(s);
    return { server: s, dir };
  }

  it("events reach the deployment's own instances only, and limits hold across its instances", async () => {
    const { server: a1, dir: dirA } = await start(prefixA);
    const { server: a2 } = await start(prefixA, dirA);
    const { server: b } = await start(prefixB);
    const seen: Record<string, KefuEvent[]> = { a2: [], b: [] };
    a2.runtime.eventBus.subscribe((e) => seen.a2?.push(e));
    b.runtime.eventBus.subscribe((e) => seen.b?.push(e));
    const event: KefuEvent = { type: "typing", conversationId: "conv_x", author: "agent", on: true };
    await a1.runtime.eventBus.publish(event);
    const until = Date.now() + 3000;
    while (seen.a2?.length === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 200));
    expect(seen.a2).toEqual([event]);
    expect(seen.b).toEqual([]);

    // Conversation openings: 3 per client per minute for the whole deployment, not per instance.
    const open = (s: KefuServer) =>
      s.app.inject({ method: "POST", url: "/api/v1/widget/conversations", payload: {} }).then((r) => r.statusCode);
    const statuses = [await open(a1), await open(a2), await open(a1), await open(a2)];
    expect(statuses).toEqual([201, 201, 201, 429]);
    expect(await open(b)).toBe(201);
    expect((await redis.keys(`${prefixA}:rl-route:*`)).length).toBeGreaterThan(0);
    expect((await redis.keys(`${prefixB}:rl-route:*`)).length).toBeGreaterThan(0);
  });

  it("the account lockout counter lives under the prefix too", async () => {
    const { server } = await start(prefixB);
    for (let i = 0; i < 2; i++) {
      await server.app.inject({
        method: "POST",
        url: "/api/v1/auth/login",
        payload: { email: "x@y.test", password: "nope" },
      });
    }
    const keys = await redis.keys(`${prefixB}:rl:login-account:*`);
    // One counter for the account, keyed by a hash so Redis holds no email addresses.
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(new RegExp(`^${prefixB}:rl:login-account:[0-9a-f]{32}$`));
    expect(keys[0]).not.toContain("x@y.test");
    expect(await redis.get(keys[0] ?? "")).toBe("2");
  });
});
