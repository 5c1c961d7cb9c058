import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../../src/application/ports/store.js";
import { createLocalJobQueue } from "../../../src/infrastructure/queue/local-job-queue.js";
import { createStore } from "../../../src/infrastructure/storage/create-store.js";
import { silentLogger } from "../../../src/infrastructure/system/pino-logger.js";
import { fixedClock } from "../../../src/infrastructure/system/system-clock.js";
import { testCipher } from "../../fixtures/test-cipher.js";

function gate() {
  let open: () => void = () => {};
  const opened = new Promise<void>((r) => {
    open = r;
  });
  return { opened, open };
}

const PG_URL = process.env.KEFU_TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

/** A database of our own per test: a SQLite file in a temp folder, or a fresh PostgreSQL database. */
async function freshDatabase(kind: "sqlite" | "postgres") {
  const dir = mkdtempSync(join(tmpdir(), "kefu-jobs-"));
  const sqlitePath = join(dir, "kefu.sqlite");
  if (kind === "sqlite") {
    return { databaseUrl: undefined, sqlitePath, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `kefu_jobs_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  return {
    databaseUrl: url.toString(),
    sqlitePath,
    drop: async () => {
      const cleanup = new pg.Client({ connectionString: PG_URL });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Two "processes" on one database: each opens its own store (its own connections) and runner. */
describe.each(["sqlite", "postgres"] as const)("local job queue shared by two processes on %s", (kind) => {
  let target: Awaited<ReturnType<typeof freshDatabase>>;
  const stores: Store[] = [];
  const open = async () => {
    const store = await createStore({
      databaseUrl: target.databaseUrl,
      sqlitePath: target.sqlitePath,
      logger: silentLogger,
      cipher: testCipher,
    });
    stores.push(store);
    return store;
  };

  beforeEach(async () => {
    target = await freshDatabase(kind);
  });
  afterEach(async () => {
    for (const s of stores.splice(0)) await s.close();
    await target.drop();
  });

  it("a runner stopped mid-job finishes it; the next runner does not run it again", async () => {
    const clock = fixedClock("2026-03-01T00:00:00Z");
    const first = createLocalJobQueue((await open()).jobs, clock, silentLogger, { pollIntervalMs: 10 });
    const entered = gate();
    const release = gate();
    let runs = 0;
    first.handle("followup.send", async () => {
      runs++;
      entered.open();
      await release.opened;
    });
    expect(
      await first.schedule({
        type: "followup.send",
        payload: { orderId: "o1" },
        runAt: clock.nowIso(),
        dedupeKey: "followup:order:o1",
      }),
    ).toBe(true);
    await first.start();
    await entered.opened;
    const stopping = first.stop();
    release.open();
    await stopping;

    const secondStore = await open();
    const second = createLocalJobQueue(secondStore.jobs, clock, silentLogger);
    second.handle("followup.send", async () => {
      runs++;
    });
    clock.advance(24 * 3_600_000);
    expect(await second.runDueOnce()).toBe(0);
    expect(runs).toBe(1);
    expect((await secondStore.jobs.list({ status: "done" })).total).toBe(1);
    // Scheduling the same follow-up again from the restarted process is a no-op.
    expect(
      await second.schedule({
        type: "followup.send",
        payload: { orderId: "o1" },
        runAt: clock.nowIso(),
        dedupeKey: "followup:order:o1",
      }),
    ).toBe(false);
  });

  it("a job whose runner died is not lost: another process runs it once after the lease", async () => {
    const clock = fixedClock("2026-03-01T00:00:00Z");
    const dead = createLocalJobQueue((await open()).jobs, clock, silentLogger, { leaseMs: 60_000 });
    const entered = gate();
    dead.handle("t", () => {
      entered.open();
      return new Promise<void>(() => {});
    });
    await dead.schedule({ type: "t", payload: {}, runAt: clock.nowIso() });
    void dead.runDueOnce();
    await entered.opened;

    const survivor = createLocalJobQueue((await open()).jobs, clock, silentLogger);
    let runs = 0;
    survivor.handle("t", async () => {
      runs++;
    });
    expect(await survivor.runDueOnce()).toBe(0);
    clock.advance(61_000);
    expect(await survivor.runDueOnce()).toBe(1);
    clock.advance(3_600_000);
    expect(await survivor.runDueOnce()).toBe(0);
    expect(runs).toBe(1);
  });

  it("two runners polling together never run a job twice", async () => {
    const clock = fixedClock("2026-03-01T00:00:00Z");
    const a = createLocalJobQueue((await open()).jobs, clock, silentLogger, { batchSize: 3 });
    const b = createLocalJobQueue((await open()).jobs, clock, silentLogger, { batchSize: 3 });
    const seen: number[] = [];
    for (const q of [a, b]) {
      q.handle("n", async (p) => {
        seen.push(Number(p.n));
      });
    }
    for (let n = 0; n < 20; n++) await a.schedule({ type: "n", payload: { n }, runAt: clock.nowIso() });
    while ((await Promise.all([a.runDueOnce(), b.runDueOnce()])).some((ran) => ran > 0)) {}
    expect(seen.sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, n) => n));
  });
});
