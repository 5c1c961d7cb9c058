// Message appends per second through the Store port on SQLite and PostgreSQL, against a raw
// better-sqlite3 insert-per-transaction baseline measured in the same run (the machine may be busy).
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import type { Store } from "../src/application/ports/store.js";
import { createStore } from "../src/infrastructure/storage/create-store.js";
import { silentLogger } from "../src/infrastructure/system/pino-logger.js";
import { testCipher } from "../test/fixtures/test-cipher.js";

const PG_URL =
  process.env.KEFU_BENCH_DATABASE_URL ||
  process.env.KEFU_TEST_DATABASE_URL ||
  "postgres://postgres@127.0.0.1:5432/test";
const SEQUENTIAL = 2000;
const CONCURRENT = 4000;
const CONVERSATIONS = 20;
const CONCURRENCY = 32;

interface Figures {
  sequentialPerSecond: number;
  concurrentPerSecond: number;
}

async function createConversations(store: Store, count: number): Promise<string[]> {
  const now = new Date().toISOString();
  const ids = Array.from({ length: count }, (_, i) => `bench_${i}`);
  for (const id of ids) {
    await store.conversations.create({
      id,
      channel: "widget",
      locale: "en",
      status: "bot",
      state: {},
      createdAt: now,
      updatedAt: now,
      lastSeq: 0,
    });
  }
  return ids;
}

const append = (store: Store, conversationId: string, n: number) =>
  store.messages.append({
    conversationId,
    author: "customer",
    text: `benchmark message ${n}`,
    payload: {},
    clientMessageId: `m-${n}`,
  });

/** One writer appending to one conversation, then many writers across many conversations. */
async function measure(store: Store): Promise<Figures> {
  const [single = "", ...rest] = await createConversations(store, CONVERSATIONS + 1);
  let started = performance.now();
  for (let n = 0; n < SEQUENTIAL; n++) await append(store, single, n);
  const sequentialPerSecond = SEQUENTIAL / ((performance.now() - started) / 1000);

  let next = 0;
  const worker = async () => {
    while (next < CONCURRENT) {
      const n = next++;
      await append(store, rest[n % rest.length] ?? single, n);
    }
  };
  started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const concurrentPerSecond = CONCURRENT / ((performance.now() - started) / 1000);
  return { sequentialPerSecond, concurrentPerSecond };
}

/** The floor: one prepared INSERT per transaction on a WAL file, no ORM, no validation, no seq logic. */
function rawSqliteBaseline(): number {
  const dir = mkdtempSync(join(tmpdir(), "kefu-storage-bench-raw-"));
  const db = new Database(join(dir, "raw.sqlite"));
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.exec("create table messages (id integer primary key, conversation_id text, doc text)");
  const insert = db.prepare("insert into messages (conversation_id, doc) values (?, ?)");
  const once = db.transaction((n: number) => insert.run("c", `{"text":"benchmark message ${n}"}`));
  const started = performance.now();
  for (let n = 0; n < SEQUENTIAL; n++) once(n);
  const perSecond = SEQUENTIAL / ((performance.now() - started) / 1000);
  db.close();
  rmSync(dir, { recursive: true, force: true });
  return perSecond;
}

async function onSqlite(): Promise<Figures> {
  const dir = mkdtempSync(join(tmpdir(), "kefu-storage-bench-"));
  const store = await createStore({ sqlitePath: join(dir, "kefu.sqlite"), logger: silentLogger });
  try {
    return await measure(store);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function admin(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

async function onPostgres(): Promise<Figures | undefined> {
  const schema = `kefu_bench_${randomBytes(4).toString("hex")}`;
  try {
    await admin(`create schema "${schema}"`);
  } catch (error) {
    console.log(`PostgreSQL at ${PG_URL} not reachable (${String(error)}); measuring SQLite only`);
    return undefined;
  }
  const url = new URL(PG_URL);
  url.searchParams.set("options", `-c search_path=${schema}`);
  const store = await createStore({
    databaseUrl: url.toString(),
    sqlitePath: "unused",
    logger: silentLogger,
    cipher: testCipher,
  });
  try {
    return await measure(store);
  } finally {
    await store.close();
    await admin(`drop schema "${schema}" cascade`);
  }
}

const raw = rawSqliteBaseline();
const sqlite = await onSqlite();
const postgres = await onPostgres();
const f = (x: number) => x.toFixed(0).padStart(8);
console.log(`message appends/s (sequential: ${SEQUENTIAL} to one conversation; concurrent: ${CONCURRENT} by`);
console.log(`${CONCURRENCY} writers over ${CONVERSATIONS} conversations), each append its own transaction`);
console.log("store                         sequential  concurrent");
console.log(`raw better-sqlite3 (baseline) ${f(raw)}           -`);
console.log(`SQLite store                  ${f(sqlite.sequentialPerSecond)}    ${f(sqlite.concurrentPerSecond)}`);
console.log(`SQLite store / raw baseline: sequential ×${(sqlite.sequentialPerSecond / raw).toFixed(3)}`);
if (postgres) {
  console.log(`PostgreSQL store              ${f(postgres.sequentialPerSecond)}    ${f(postgres.concurrentPerSecond)}`);
  console.log(
    `PostgreSQL / SQLite: sequential ×${(postgres.sequentialPerSecond / sqlite.sequentialPerSecond).toFixed(2)}, ` +
      `concurrent ×${(postgres.concurrentPerSecond / sqlite.concurrentPerSecond).toFixed(2)}`,
  );
}
