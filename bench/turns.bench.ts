// Shopper turns per second over HTTP against a real server (child process, so the load generator
// never shares its event loop) on SQLite and on PostgreSQL, 50 concurrent scripted shoppers:
// - closed loop (saturated): every shopper sends its next turn the moment the reply arrives, so the
//   server is always full; turns/s is its capacity, p50/p99 the latency of a full queue;
// - open loop (paced): the 50 shoppers together offer a fixed rate (500 turns/s on SQLite, the issue's
//   target, and half that on PostgreSQL), each on a random Poisson schedule, latency counted from the
//   scheduled send time (a late server is charged for the wait it caused);
// - baseline in the same run: a trivial authenticated read (GET the shopper's conversation), closed loop.
// Also printed: commits, SQL statements and server CPU per turn (the server's own counters).
// KEFU_BENCH_SECONDS sets each phase's length, KEFU_BENCH_STORES=sqlite|postgres runs one store,
// KEFU_BENCH_PACED_RATE the open-loop rate, KEFU_BENCH_PROFILE=dir writes the server's CPU profile there,
// KEFU_BENCH_KEEP=1 keeps the SQLite file for inspection.
//
// Why the closed-loop p99 cannot be <= 50 ms at 50 shoppers on 2 cores: with 50 turns always in
// flight, mean latency = 50 / throughput (Little's law), so p99 <= 50 ms needs well over 1,000
// turns/s, i.e. under ~1 ms of server CPU per turn on one event loop, with the load generator on
// the other core. A turn costs ~1.5 ms (SQLite) of server CPU after the issue-9 work (3.8 ms at its
// start): the server is one Node event loop, so turns/s <= 1000 / (CPU ms per turn) - the "ceiling"
// line prints that bound. The open-loop phase measures what a shopper waits at the target rate.
// Where a SQLite turn's CPU goes (profile, 2026-12-05): SQLite's own work for ~12 statements ~15%
// and its commit ~11% (about 25 WAL frames written with 2 pwrite calls each); the HTTP response's
// socket write ~8% (a syscall is dear in this VM); NLU ~8%; AES-GCM sealing ~5%; zod ~5%; Kysely's
// JS ~5%; AsyncLocalStorage hooks ~3%; GC ~3%. PostgreSQL: each statement is a round trip whose
// socket write dominates its client-side cost, hence the one-statement appends (message-search-index.ts).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type SpawnedServer, spawnServer } from "../test/integration/fixtures/spawn-server.js";
import {
  freshPgSchema,
  openWidgetChat,
  postTurn,
  TEST_DATA_KEY,
  type WidgetChat,
} from "../test/integration/turns/turn-fixtures.js";

const SHOPPERS = 50;
const SECONDS = Number(process.env.KEFU_BENCH_SECONDS ?? 10);
const WARMUP_SECONDS = 2;
/** The open-loop phase's offered rate on SQLite: the throughput target. */
const PACED_RATE = Number(process.env.KEFU_BENCH_PACED_RATE ?? 500);
/** An ordinary chat: greeting, policy and FAQ questions, an order question that asks for identity, thanks. */
const SCRIPT = [
  "hi",
  "what is your return policy?",
  "do you ship to Canada?",
  "where is my order?",
  "never mind, how long does shipping take?",
  "thanks",
];

interface Phase {
  done: number;
  seconds: number;
  p50: number;
  p99: number;
  errors: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** Runs `one(shopper, n)` in a loop for each shopper until the time is up; latencies after the warm-up only. */
async function load(seconds: number, one: (shopper: number, n: number) => Promise<boolean>): Promise<Phase> {
  const latencies: number[] = [];
  let errors = 0;
  const warmEnd = performance.now() + WARMUP_SECONDS * 1000;
  const end = warmEnd + seconds * 1000;
  let measuredStart = 0;
  await Promise.all(
    Array.from({ length: SHOPPERS }, async (_, shopper) => {
      for (let n = 0; performance.now() < end; n++) {
        const started = performance.now();
        const ok = await one(shopper, n);
        if (started < warmEnd) continue;
        if (measuredStart === 0) measuredStart = started;
        if (ok) latencies.push(performance.now() - started);
        else errors += 1;
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const elapsed = (performance.now() - (measuredStart || warmEnd)) / 1000;
  return {
    done: latencies.length,
    seconds: elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    errors,
  };
}

/**
 * Open-loop load: the shoppers together offer `rate` turns/s, each on its own random schedule
 * (exponential gaps averaging SHOPPERS/rate s, so arrivals bunch as independent people's do: a
 * Poisson stream), waiting for its reply before the next turn as a person in a chat does. Latency
 * counts from the scheduled time, so a server that falls behind is charged for the wait it caused
 * (no coordinated omission).
 */
async function pacedLoad(
  seconds: number,
  rate: number,
  one: (shopper: number, n: number) => Promise<boolean>,
): Promise<Phase & { late: number }> {
  const latencies: number[] = [];
  let errors = 0;
  let late = 0;
  let lastDone = 0;
  const meanGap = (SHOPPERS / rate) * 1000;
  let seed = 20261205;
  // A fixed seed: the same arrival pattern in every run, so runs compare.
  const uniform = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return (seed + 0.5) / 2 ** 32;
  };
  const start = performance.now() + 50;
  const warmEnd = start + WARMUP_SECONDS * 1000;
  const end = warmEnd + seconds * 1000;
  await Promise.all(
    Array.from({ length: SHOPPERS }, async (_, shopper) => {
      let scheduled = start;
      for (let n = 0; ; n++) {
        scheduled += -Math.log(uniform()) * meanGap;
        if (scheduled >= end) break;
        const wait = scheduled - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        const measured = scheduled >= warmEnd;
        if (measured && wait < -1) late += 1;
        const ok = await one(shopper, n);
        if (!measured) continue;
        lastDone = performance.now();
        if (ok) latencies.push(lastDone - scheduled);
        else errors += 1;
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return {
    done: latencies.length,
    // A server that fell behind is still answering after the schedule ended: its real rate is lower.
    seconds: Math.max(seconds, (lastDone - warmEnd) / 1000),
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    errors,
    late: late / Math.max(1, latencies.length + errors),
  };
}

interface Figures {
  turns: Phase;
  /** Turns offered at a fixed rate (the open-loop phase), with the share sent late. */
  paced?: Phase & { late: number; rate: number };
  reads: Phase;
  commitsPerTurn: number;
  statementsPerTurn: number;
  rollbacksPerTurn: number;
  /** Server CPU time (user + system, all its threads) per request: steadier than wall time on a shared machine. */
  cpuMsPerTurn: number;
  cpuMsPerRead: number;
}

async function measure(server: SpawnedServer, pacedRate: number): Promise<Figures> {
  const chats: WidgetChat[] = [];
  for (let i = 0; i < SHOPPERS; i++) chats.push(await openWidgetChat(server.url, "en"));
  const beforeReads = await server.stats();
  let readsSent = 0;
  const reads = await load(SECONDS, async (shopper) => {
    const chat = chats[shopper];
    if (!chat) return false;
    readsSent += 1;
    const res = await fetch(`${server.url}/api/v1/widget/conversations/${chat.id}`, {
      headers: { authorization: `Bearer ${chat.token}` },
    });
    await res.arrayBuffer();
    return res.status === 200;
  });
  const before = await server.stats();
  let sent = 0;
  const turns = await load(SECONDS, async (shopper, n) => {
    const chat = chats[shopper];
    if (!chat) return false;
    sent += 1;
    const turn = await postTurn(server.url, chat, SCRIPT[n % SCRIPT.length] ?? "hi", `b-${shopper}-${n}`);
    return turn.status === 201;
  });
  const after = await server.stats();
  const paced = await pacedLoad(SECONDS, pacedRate, async (shopper, n) => {
    const chat = chats[shopper];
    if (!chat) return false;
    const turn = await postTurn(server.url, chat, SCRIPT[n % SCRIPT.length] ?? "hi", `p-${shopper}-${n}`);
    return turn.status === 201;
  });
  return {
    turns,
    paced: { ...paced, rate: pacedRate },
    reads,
    cpuMsPerTurn: (after.cpuMs - before.cpuMs) / sent,
    cpuMsPerRead: (before.cpuMs - beforeReads.cpuMs) / readsSent,
    commitsPerTurn: (after.commits - before.commits) / sent,
    statementsPerTurn: (after.statements - before.statements) / sent,
    rollbacksPerTurn: (after.rollbacks - before.rollbacks) / sent,
  };
}

const perSecond = (p: Phase) => p.done / p.seconds;

function print(name: string, f: Figures): void {
  const turnRate = perSecond(f.turns);
  const readRate = perSecond(f.reads);
  console.log(
    `${name.padEnd(10)} turns ${turnRate.toFixed(0).padStart(5)}/s  p50 ${f.turns.p50.toFixed(1)} ms  p99 ${f.turns.p99.toFixed(1)} ms` +
      `  commits/turn ${f.commitsPerTurn.toFixed(2)}  statements/turn ${f.statementsPerTurn.toFixed(1)}` +
      `  redone/turn ${f.rollbacksPerTurn.toFixed(3)}  errors ${f.turns.errors}  server CPU ${f.cpuMsPerTurn.toFixed(2)} ms/turn`,
  );
  console.log(
    `${"".padEnd(10)} read  ${readRate.toFixed(0).padStart(5)}/s  p50 ${f.reads.p50.toFixed(1)} ms  p99 ${f.reads.p99.toFixed(1)} ms` +
      `  server CPU ${f.cpuMsPerRead.toFixed(2)} ms/read`,
  );
  console.log(
    `${"".padEnd(10)} turn/read: throughput ${(turnRate / readRate).toFixed(3)}  p50 ${(f.turns.p50 / f.reads.p50).toFixed(1)}x` +
      `  CPU ${(f.cpuMsPerTurn / f.cpuMsPerRead).toFixed(1)}x;  CPU-bound ceiling (all server CPU on one core) ${(1000 / f.cpuMsPerTurn).toFixed(0)} turns/s`,
  );
  if (f.paced) {
    console.log(
      `${"".padEnd(10)} paced ${f.paced.rate} turns/s offered by ${SHOPPERS} shoppers: done ${perSecond(f.paced).toFixed(0)}/s` +
        `  p50 ${f.paced.p50.toFixed(1)} ms  p99 ${f.paced.p99.toFixed(1)} ms  sent late ${(100 * f.paced.late).toFixed(1)}%  errors ${f.paced.errors}`,
    );
  }
}

const limits = { KEFU_LIMIT_MESSAGES: "1000000/60", KEFU_LIMIT_CONVERSATIONS: "1000000/60" };
const dataDir = mkdtempSync(join(tmpdir(), "kefu-bench-turns-"));
const profileArgs = () =>
  process.env.KEFU_BENCH_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${process.env.KEFU_BENCH_PROFILE}`] : [];
/** KEFU_BENCH_STORES=sqlite (or postgres) runs one store only, for quicker A/B runs. */
const stores = (process.env.KEFU_BENCH_STORES ?? "sqlite,postgres").split(",");
const results: Record<string, Figures> = {};
try {
  if (stores.includes("sqlite")) await benchSqlite();
  if (stores.includes("postgres")) await benchPostgres();
} finally {
  if (!process.env.KEFU_BENCH_KEEP) rmSync(dataDir, { recursive: true, force: true });
  else console.log(`data kept in ${dataDir}`);
}

async function benchSqlite(): Promise<void> {
  const sqlite = await spawnServer(
    {
      ...limits,
      DATABASE_URL: "",
      REDIS_URL: "",
      KEFU_DB_PATH: join(dataDir, "kefu.sqlite"),
      KEFU_DATA_DIR: dataDir,
      KEFU_SEED_DEMO: "1",
    },
    profileArgs(),
  );
  try {
    results.sqlite = await measure(sqlite, PACED_RATE);
  } finally {
    await sqlite.stop();
  }
}

async function benchPostgres(): Promise<void> {
  const schema = await freshPgSchema();
  try {
    const postgres = await spawnServer(
      {
        ...limits,
        DATABASE_URL: schema.url,
        REDIS_URL: "",
        KEFU_DATA_KEY: TEST_DATA_KEY,
        KEFU_DATA_DIR: dataDir,
        KEFU_SEED_DEMO: "1",
      },
      profileArgs(),
    );
    try {
      // PostgreSQL's target is half of SQLite's rate: it is offered that.
      results.postgres = await measure(postgres, PACED_RATE / 2);
    } finally {
      await postgres.stop();
    }
  } finally {
    await schema.drop();
  }
}

console.log(`${SHOPPERS} concurrent shoppers over HTTP, ${SECONDS} s per phase after ${WARMUP_SECONDS} s warm-up`);
for (const [name, f] of Object.entries(results)) print(name, f);
const { sqlite, postgres } = results;
if (sqlite && postgres) {
  const ratio = perSecond(postgres.turns) / perSecond(sqlite.turns);
  console.log(`PostgreSQL/SQLite turns/s ratio ${ratio.toFixed(2)} (target >= 0.50)`);
  console.log(
    `targets: SQLite >= 500 turns/s: ${perSecond(sqlite.turns) >= 500 ? "met" : "not met"};` +
      ` p99 <= 50 ms at ${PACED_RATE} turns/s offered by ${SHOPPERS} shoppers: ${(sqlite.paced?.p99 ?? Number.POSITIVE_INFINITY) <= 50 ? "met" : "not met"}` +
      ` (saturated, every shopper always waiting: ${Math.max(sqlite.turns.p99, postgres.turns.p99) <= 50 ? "met" : "not met"})` +
      `; commits/turn <= 3: ${Math.max(sqlite.commitsPerTurn, postgres.commitsPerTurn) <= 3 ? "met" : "not met"}`,
  );
}
