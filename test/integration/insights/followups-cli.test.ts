import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Redis } from "ioredis";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../../src/application/ports/store.js";
import { runFollowupsNow } from "../../../src/drivers/cli/commands/insights-followups-command.js";
import { createBullmqJobQueue } from "../../../src/infrastructure/queue/bullmq-job-queue.js";
import { createStore } from "../../../src/infrastructure/storage/create-store.js";
import { silentLogger } from "../../../src/infrastructure/system/pino-logger.js";
import { fixedClock } from "../../../src/infrastructure/system/system-clock.js";
import { customer, order, product } from "./insights-fixtures.js";

const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";

describe.each([
  { queue: "local" as const, redisUrl: undefined },
  { queue: "bullmq" as const, redisUrl: REDIS_URL },
])("kefu followups run on the $queue queue", ({ queue, redisUrl }) => {
  let dir: string;
  let store: Store;
  const prefix = `kefu-test-${randomUUID().slice(0, 8)}`;
  const bullmq = { prefix, queueName: "followups-cli" };
  // The latest 12:00 in Shanghai (04:00Z) that has passed: outside the default quiet hours, and never
  // ahead of the real clock, by which BullMQ times its delays (a due job would otherwise wait hours).
  const noonToday = Date.parse(`${new Date().toISOString().slice(0, 10)}T04:00:00Z`);
  const today = noonToday <= Date.now() ? noonToday : noonToday - 86_400_000;
  const at = (days: number) => new Date(today + days * 86_400_000).toISOString();
  const clock = fixedClock(at(0));

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), "kefu-followups-cli-"));
    store = await createStore({ sqlitePath: join(dir, "kefu.sqlite"), logger: silentLogger });
    await store.customers.upsert(customer("wang_fang", "zh", "芳", "王"));
    await store.products.upsert(product("mug", "Coffee Mug", "kitchen", "马克杯"));
    // Delivered four days ago: the 72-hour follow-up is due.
    await store.orders.upsert(order("o1", "wang_fang", ["mug"], "delivered", at(-9), at(-4)));
    // Delivered yesterday: planned for later, not run now.
    await store.orders.upsert(order("o2", "wang_fang", ["mug"], "delivered", at(-2), at(-1)));
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
    if (redisUrl) {
      const redis = new Redis(redisUrl);
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length > 0) await redis.del(...keys);
      redis.disconnect();
    }
  });

  it("uses the server's queue choice, sends what is due once, and a second run sends nothing", async () => {
    const run = () => runFollowupsNow({ store, clock, redisUrl, dataDir: dir, bullmq });
    expect(await run()).toEqual({ queue, planned: 2, scheduled: 2, ran: 1 });
    const messages = await store.messages.listSince("conv_followup_o1", 0);
    expect(messages).toHaveLength(1);
    expect(messages[0]?.text).toContain("王芳您好");
    expect(await store.conversations.get("conv_followup_o2")).toBeUndefined();

    expect(await run()).toEqual({ queue, planned: 2, scheduled: 0, ran: 0 });
    expect(await store.messages.listSince("conv_followup_o1", 0)).toHaveLength(1);

    if (queue === "local") {
      expect((await store.jobs.list({ status: "done" })).total).toBe(1);
      expect((await store.jobs.list({ status: "queued" })).items.map((j) => j.dedupeKey)).toEqual([
        "followup:order:o2",
      ]);
    } else {
      // Nothing went through the jobs table: the jobs live in Redis, where the server's workers see them.
      expect((await store.jobs.list({})).total).toBe(0);
      const inspect = createBullmqJobQueue(REDIS_URL, bullmq);
      try {
        expect(await inspect.queue.getJobCounts("completed", "delayed", "waiting", "active")).toMatchObject({
          completed: 1,
          delayed: 1,
          waiting: 0,
          active: 0,
        });
      } finally {
        await inspect.stop();
      }
    }
  });
});
