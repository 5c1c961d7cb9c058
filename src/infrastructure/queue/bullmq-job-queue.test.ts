import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { bullmqJobId, createBullmqJobQueue } from "./bullmq-job-queue.js";

const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";

const prefix = `kefu-test-${randomUUID().slice(0, 8)}`;

describe("createBullmqJobQueue (real Redis at REDIS_URL or 127.0.0.1:6379)", () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanup) await c();
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  });

  it("escapes dedupe keys into valid BullMQ ids", () => {
    expect(bullmqJobId("followup:order:#W1")).toBe("d-followup%3Aorder%3A#W1");
    expect(bullmqJobId("42")).toBe("d-42");
  });

  it("adds a job once per dedupe key and runs it", async () => {
    const queue = createBullmqJobQueue(REDIS_URL, { queueName: "dedupe", prefix, backoffMs: 10 });
    cleanup.push(() => queue.stop());
    const seen: unknown[] = [];
    let done: () => void = () => {};
    const ran = new Promise<void>((r) => {
      done = r;
    });
    queue.handle("greet", async (payload) => {
      seen.push(payload);
      done();
    });
    const runAt = new Date().toISOString();
    expect(await queue.schedule({ type: "greet", payload: { n: 1 }, runAt, dedupeKey: "followup:o1" })).toBe(true);
    expect(await queue.schedule({ type: "greet", payload: { n: 2 }, runAt, dedupeKey: "followup:o1" })).toBe(false);
    await queue.start();
    await ran;
    expect(seen).toEqual([{ n: 1 }]);
    expect(await queue.queue.getJobCounts("waiting", "delayed")).toMatchObject({ waiting: 0, delayed: 0 });
  });

  it("retries a failing job and finishes a running one on stop", async () => {
    const queue = createBullmqJobQueue(REDIS_URL, { queueName: "retry", prefix, backoffMs: 10, attempts: 3 });
    let calls = 0;
    let finished: () => void = () => {};
    const succeeded = new Promise<void>((r) => {
      finished = r;
    });
    queue.handle("flaky", async () => {
      calls++;
      if (calls < 2) throw new Error("first try fails");
      await new Promise((r) => setTimeout(r, 200));
      finished();
    });
    await queue.schedule({ type: "flaky", payload: {}, runAt: new Date().toISOString(), dedupeKey: "flaky-1" });
    await queue.start();
    while (calls < 2) await new Promise((r) => setTimeout(r, 20));
    // Stop while the second attempt is still running: close() waits for it.
    await queue.stop();
    await succeeded;
    expect(calls).toBe(2);
    const check = createBullmqJobQueue(REDIS_URL, { queueName: "retry", prefix });
    cleanup.push(() => check.stop());
    expect(await check.queue.getJobCounts("completed", "active", "waiting", "delayed")).toMatchObject({
      completed: 1,
      active: 0,
      waiting: 0,
      delayed: 0,
    });
  });

  it("a job scheduled before a restart runs once in the next process, and cannot be re-added", async () => {
    const first = createBullmqJobQueue(REDIS_URL, { queueName: "restart", prefix });
    first.handle("followup.send", async () => {
      throw new Error("the first process must not run it");
    });
    const runAt = new Date(Date.now() + 300).toISOString();
    const job = { type: "followup.send", payload: { orderId: "o1" }, runAt, dedupeKey: "followup:order:o1" };
    expect(await first.schedule(job)).toBe(true);
    // Stopped before the job is due: it stays in Redis.
    await first.stop();

    const second = createBullmqJobQueue(REDIS_URL, { queueName: "restart", prefix });
    cleanup.push(() => second.stop());
    const ran = signal();
    const seen: unknown[] = [];
    second.handle("followup.send", async (payload) => {
      seen.push(payload);
      ran.fire();
    });
    await second.start();
    await ran.fired;
    await waitFor(async () => (await second.queue.getJobCounts("completed")).completed === 1);
    expect(seen).toEqual([{ orderId: "o1" }]);
    // After the restart, the follow-up planner scheduling the same order again is a no-op.
    expect(await second.schedule({ ...job, runAt: new Date().toISOString() })).toBe(false);
    expect(await second.queue.getJobCounts("waiting", "delayed", "active")).toMatchObject({
      waiting: 0,
      delayed: 0,
      active: 0,
    });
  });

  it("a job whose worker died is not lost: another worker takes it over once its lock expires", async () => {
    const timing = { lockDurationMs: 1000, stalledIntervalMs: 300 };
    const dead = createBullmqJobQueue(REDIS_URL, { queueName: "crash", prefix, ...timing });
    const entered = signal();
    dead.handle("t", () => {
      entered.fire();
      return new Promise<void>(() => {});
    });
    await dead.schedule({ type: "t", payload: { n: 1 }, runAt: new Date().toISOString(), dedupeKey: "t-1" });
    await dead.start();
    await entered.fired;
    await dead.abandon();

    const survivor = createBullmqJobQueue(REDIS_URL, { queueName: "crash", prefix, ...timing });
    cleanup.push(() => survivor.stop());
    let runs = 0;
    survivor.handle("t", async () => {
      runs++;
    });
    await survivor.start();
    await waitFor(async () => (await survivor.queue.getJobCounts("completed")).completed === 1);
    expect(runs).toBe(1);
  });
});

function signal() {
  let fire: () => void = () => {};
  const fired = new Promise<void>((r) => {
    fire = r;
  });
  return { fired, fire };
}

/** Polls until `check` holds; vitest's own timeout ends a test that never gets there. */
async function waitFor(check: () => Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((r) => setTimeout(r, 50));
}
