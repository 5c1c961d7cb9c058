import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../../src/application/ports/store.js";
import { setFollowupOptOut } from "../../../src/application/use-cases/insights/followup-settings.js";
import { scheduleFollowups } from "../../../src/application/use-cases/insights/schedule-followups.js";
import { FOLLOWUP_RULES_KEY, FollowupRules } from "../../../src/domain/followups/followup-rules.js";
import { bullmqJobId, createBullmqJobQueue } from "../../../src/infrastructure/queue/bullmq-job-queue.js";
import { startInsightsJobs } from "../../../src/infrastructure/queue/start-insights-jobs.js";
import { silentLogger } from "../../../src/infrastructure/system/pino-logger.js";
import { randomIds } from "../../../src/infrastructure/system/random-ids.js";
import { systemClock } from "../../../src/infrastructure/system/system-clock.js";
import { type FreshStore, openFreshStore } from "./fresh-database.js";
import { customer, order, product } from "./insights-fixtures.js";

const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const HOUR = 3_600_000;

async function until(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * The follow-up rules end to end on the real clock, across server restarts: the delay decides
 * when a job runs, the channel where it goes, opted-out shoppers get nothing, and every
 * follow-up is sent exactly once although three "processes" start and stop over the same data.
 */
describe.each([
  { kind: "local" as const, redisUrl: undefined },
  { kind: "bullmq" as const, redisUrl: REDIS_URL },
])("follow-ups across restarts on the $kind queue", ({ kind, redisUrl }) => {
  let target: FreshStore;
  let store: Store;
  const prefix = `kefu-test-${randomUUID().slice(0, 8)}`;
  const bullmq = { prefix, queueName: "restart" };

  beforeEach(async () => {
    target = await openFreshStore("postgres");
    store = target.store;
    await store.settings.set(
      FOLLOWUP_RULES_KEY,
      FollowupRules.parse({ channel: "api", quietHours: null, afterDelivery: { enabled: true, delayHours: 72 } }),
    );
    await store.customers.upsert(customer("wang_fang", "zh", "芳", "王"));
    await store.customers.upsert(customer("sara_doe", "en", "Sara", "Doe"));
    await store.products.upsert(product("mug", "Coffee Mug", "kitchen", "马克杯"));
    await setFollowupOptOut(store.settings, "sara_doe", true);
  });
  afterEach(async () => {
    await target.destroy();
    if (redisUrl) {
      const redis = new Redis(redisUrl);
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length > 0) await redis.del(...keys);
      redis.disconnect();
    }
  });

  const start = () =>
    startInsightsJobs({
      store,
      clock: systemClock,
      ids: randomIds,
      logger: silentLogger,
      config: { redisUrl },
      bullmq,
    });
  const sent = async (orderId: string) => (await store.messages.listSince(`conv_followup_${orderId}`, 0)).length;

  it("runs each follow-up once at its delay, on its channel, never for opted-out shoppers", async () => {
    const now = Date.now();
    const delivered = (msFromDue: number) => new Date(now - 72 * HOUR + msFromDue).toISOString();
    await store.orders.upsert(order("due", "wang_fang", ["mug"], "delivered", delivered(-HOUR), delivered(-60_000)));
    // Comes due while the first server is down.
    const soonDeliveredAt = delivered(8_000);
    await store.orders.upsert(order("soon", "wang_fang", ["mug"], "delivered", delivered(-HOUR), soonDeliveredAt));
    await store.orders.upsert(order("opted", "sara_doe", ["mug"], "delivered", delivered(-HOUR), delivered(-60_000)));

    const first = await start();
    expect(first.kind).toBe(kind);
    await until(async () => (await sent("due")) === 1);
    await first.stop();
    expect(await sent("soon")).toBe(0);
    // The delay rule: the job waits until delivery + 72 h.
    const soonRunAt = Date.parse(soonDeliveredAt) + 72 * HOUR;
    if (kind === "local") {
      const queued = await store.jobs.list({ status: "queued", type: "followup.send" });
      expect(queued.items.map((j) => [j.dedupeKey, j.runAt])).toEqual([
        ["followup:order:soon", new Date(soonRunAt).toISOString()],
      ]);
    } else {
      const inspect = createBullmqJobQueue(REDIS_URL, bullmq);
      const job = await inspect.queue.getJob(bullmqJobId("followup:order:soon"));
      await inspect.stop();
      expect(Math.abs((job?.timestamp ?? 0) + (job?.delay ?? 0) - soonRunAt)).toBeLessThan(1_000);
    }

    // Restart: the next process finds the job and sends it when it comes due.
    const second = await start();
    await until(async () => (await sent("soon")) === 1);
    await second.stop();

    // Another restart plans again: nothing is scheduled or sent twice.
    const third = await start();
    expect(await scheduleFollowups({ store, clock: systemClock, queue: third.queue })).toEqual({
      planned: 2,
      scheduled: 0,
    });
    await new Promise((r) => setTimeout(r, 1_500));
    await third.stop();
    expect(await sent("due")).toBe(1);
    expect(await sent("soon")).toBe(1);
    expect(await sent("opted")).toBe(0);
    expect((await store.conversations.get("conv_followup_due"))?.channel).toBe("api");
    const audit = await store.audit.list({ action: "followup.send" });
    expect(audit.items.map((a) => a.entityId).sort()).toEqual(["due", "soon"]);
  }, 30_000);
});
