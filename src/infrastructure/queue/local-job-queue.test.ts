import { describe, expect, it } from "vitest";
import type { Clock } from "../../application/ports/clock.js";
import type { JobRecord, JobRepository } from "../../application/ports/insight-repositories.js";
import type { Logger } from "../../application/ports/logger.js";
import { createLocalJobQueue } from "./local-job-queue.js";

/** A jobs table in memory with the claim semantics the SQL adapters implement. */
function memoryJobs(): JobRepository & { rows: Map<string, JobRecord> } {
  const rows = new Map<string, JobRecord>();
  return {
    rows,
    async enqueue(job) {
      if (job.dedupeKey && [...rows.values()].some((r) => r.dedupeKey === job.dedupeKey)) return false;
      rows.set(job.id, { ...job });
      return true;
    },
    async claimDue(now, lockedUntil, limit) {
      const due = [...rows.values()]
        .filter(
          (r) =>
            (r.status === "queued" && r.runAt <= now) ||
            (r.status === "running" && r.lockedUntil !== undefined && r.lockedUntil < now),
        )
        .slice(0, limit);
      for (const r of due) Object.assign(r, { status: "running", lockedUntil, attempts: r.attempts + 1 });
      return due.map((r) => ({ ...r }));
    },
    async complete(id) {
      const r = rows.get(id);
      if (r) Object.assign(r, { status: "done", lockedUntil: undefined });
    },
    async fail(id, error, retryAt) {
      const r = rows.get(id);
      if (!r) return;
      Object.assign(r, { lastError: error, lockedUntil: undefined });
      if (retryAt) Object.assign(r, { status: "queued", runAt: retryAt });
      else r.status = "failed";
    },
    async list() {
      return { items: [...rows.values()], total: rows.size };
    },
    async pruneFinished(before) {
      let pruned = 0;
      for (const [id, r] of rows) {
        if (["done", "failed", "cancelled"].includes(r.status) && r.createdAt < before) {
          rows.delete(id);
          pruned += 1;
        }
      }
      return pruned;
    },
  };
}

function fakeClock(start: string): Clock & { advance(ms: number): void } {
  let t = Date.parse(start);
  return {
    now: () => new Date(t),
    nowIso: () => new Date(t).toISOString(),
    advance: (ms) => {
      t += ms;
    },
  };
}

const silent: Logger = { debug() {}, info() {}, warn() {}, error() {}, child: () => silent };

function deferred() {
  let resolve: () => void = () => {};
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

describe("createLocalJobQueue", () => {
  it("schedules once per dedupe key and runs only due jobs", async () => {
    const jobs = memoryJobs();
    const clock = fakeClock("2026-01-01T00:00:00Z");
    const queue = createLocalJobQueue(jobs, clock, silent);
    const seen: unknown[] = [];
    queue.handle("t", async (p) => {
      seen.push(p.n);
    });
    expect(await queue.schedule({ type: "t", payload: { n: 1 }, runAt: "2026-01-01T00:00:00Z", dedupeKey: "k" })).toBe(
      true,
    );
    expect(await queue.schedule({ type: "t", payload: { n: 2 }, runAt: "2026-01-01T00:00:00Z", dedupeKey: "k" })).toBe(
      false,
    );
    await queue.schedule({ type: "t", payload: { n: 3 }, runAt: "2026-01-01T01:00:00Z" });
    expect(await queue.runDueOnce()).toBe(1);
    expect(seen).toEqual([1]);
    clock.advance(3_600_000);
    await queue.runDueOnce();
    expect(seen).toEqual([1, 3]);
    expect([...jobs.rows.values()].every((r) => r.status === "done")).toBe(true);
  });

  it("retries with exponential backoff, then gives up", async () => {
    const jobs = memoryJobs();
    const clock = fakeClock("2026-01-01T00:00:00Z");
    const queue = createLocalJobQueue(jobs, clock, silent, { maxAttempts: 3, backoffMs: 1000 });
    let calls = 0;
    queue.handle("t", async () => {
      calls++;
      throw new Error("boom");
    });
    await queue.schedule({ type: "t", payload: {}, runAt: clock.nowIso() });
    await queue.runDueOnce();
    const [row] = jobs.rows.values();
    expect(row).toMatchObject({ status: "queued", runAt: "2026-01-01T00:00:01.000Z", lastError: "boom" });
    clock.advance(1000);
    await queue.runDueOnce();
    expect(row?.runAt).toBe("2026-01-01T00:00:03.000Z");
    clock.advance(2000);
    await queue.runDueOnce();
    expect(row?.status).toBe("failed");
    clock.advance(60_000);
    expect(await queue.runDueOnce()).toBe(0);
    expect(calls).toBe(3);
  });

  it("lets a running job finish on stop, so the next runner does not run it again", async () => {
    const jobs = memoryJobs();
    const clock = fakeClock("2026-01-01T00:00:00Z");
    const first = createLocalJobQueue(jobs, clock, silent, { pollIntervalMs: 5 });
    const gate = deferred();
    const entered = deferred();
    let runs = 0;
    first.handle("slow", async () => {
      runs++;
      entered.resolve();
      await gate.promise;
    });
    await first.schedule({ type: "slow", payload: {}, runAt: clock.nowIso() });
    await first.start();
    await entered.promise;
    const stopping = first.stop();
    gate.resolve();
    await stopping;
    expect([...jobs.rows.values()][0]?.status).toBe("done");

    const second = createLocalJobQueue(jobs, clock, silent);
    second.handle("slow", async () => {
      runs++;
    });
    clock.advance(3_600_000);
    expect(await second.runDueOnce()).toBe(0);
    expect(runs).toBe(1);
  });

  it("prunes finished jobs older than the keep time, at most hourly, while it polls", async () => {
    const jobs = memoryJobs();
    const clock = fakeClock("2026-01-01T00:00:00Z");
    const queue = createLocalJobQueue(jobs, clock, silent, { pollIntervalMs: 1, keepFinishedMs: 600_000 });
    queue.handle("poll", async () => {});
    const waitUntil = async (done: () => boolean) => {
      for (let i = 0; i < 500 && !done(); i++) await new Promise((r) => setTimeout(r, 2));
    };
    const allDone = () => [...jobs.rows.values()].every((r) => r.status === "done");
    await queue.schedule({ type: "poll", payload: {}, runAt: clock.nowIso() });
    await queue.start();
    await waitUntil(allDone);
    // 30 minutes on the first job is past the 10-minute keep, but the last prune (at start) was 30 minutes ago.
    clock.advance(1_800_000);
    await queue.schedule({ type: "poll", payload: {}, runAt: clock.nowIso() });
    await waitUntil(allDone);
    expect(jobs.rows.size).toBe(2);
    // An hour after the last prune both are pruned (the second is 31 minutes old by then).
    clock.advance(1_860_000);
    await waitUntil(() => jobs.rows.size === 0);
    await queue.stop();
    expect(jobs.rows.size).toBe(0);
  });

  it("does not lose a job whose runner died: another runs it once the lease expires", async () => {
    const jobs = memoryJobs();
    const clock = fakeClock("2026-01-01T00:00:00Z");
    const dead = createLocalJobQueue(jobs, clock, silent, { leaseMs: 60_000 });
    dead.handle("t", () => new Promise<void>(() => {}));
    await dead.schedule({ type: "t", payload: {}, runAt: clock.nowIso() });
    void dead.runDueOnce();
    await Promise.resolve();
    const survivor = createLocalJobQueue(jobs, clock, silent);
    let runs = 0;
    survivor.handle("t", async () => {
      runs++;
    });
    expect(await survivor.runDueOnce()).toBe(0);
    clock.advance(61_000);
    expect(await survivor.runDueOnce()).toBe(1);
    expect(await survivor.runDueOnce()).toBe(0);
    expect(runs).toBe(1);
  });
});
