import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";
import { Kysely, type SqliteDatabase } from "kysely";
import type { StoreStats } from "../../application/ports/store.js";
import { CountingDialect, newStoreStats } from "./counting-dialect.js";
import type { KefuDatabase } from "./database-schema.js";
import { ImmediateSqliteDialect } from "./immediate-sqlite-dialect.js";
import { type StopCheckpointer, startWalCheckpointer } from "./wal-checkpointer.js";

/** How long a SQLite writer waits for another process's lock before failing. */
const SQLITE_BUSY_TIMEOUT_MS = 5000;

interface Connected {
  db: Kysely<KefuDatabase>;
  stats: StoreStats;
  /** Closes the connection (and its checkpointer). */
  destroy(): Promise<void>;
}

interface Shared extends Connected {
  users: number;
}

/**
 * One connection per file per process. better-sqlite3 waits for locks synchronously, so two
 * connections to one file in one process would block the event loop that the lock holder needs;
 * sharing one connection (Kysely queues its users) serialises them instead.
 */
const open = new Map<string, Shared>();

/** Distinct SQL texts kept prepared per connection; Kysely's queries are a small fixed set. */
const STATEMENT_CACHE_SIZE = 256;

/** Reuses prepared statements: preparing dominates the cost of the small queries the store runs. */
function withStatementCache(database: Database.Database): SqliteDatabase {
  const cache = new Map<string, Database.Statement>();
  return {
    close: () => database.close(),
    prepare(sql) {
      const cached = cache.get(sql);
      if (cached) return cached;
      const statement = database.prepare(sql);
      if (cache.size >= STATEMENT_CACHE_SIZE) cache.clear();
      cache.set(sql, statement);
      return statement;
    },
  };
}

/**
 * The database holds customer data: its folder is created 700 and the file 600 before SQLite
 * opens it (SQLite gives the -wal and -shm files the database file's mode).
 */
function createPrivateFile(path: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  if (existsSync(path)) {
    chmodSync(path, 0o600);
    return;
  }
  closeSync(openSync(path, "a", 0o600));
}

function connect(path: string): Connected {
  const onFile = path !== ":memory:";
  if (onFile) createPrivateFile(path);
  const database = new Database(path);
  // WAL with synchronous=NORMAL: a commit survives the process being killed (-9), not a power cut.
  database.pragma("journal_mode = WAL");
  database.pragma("synchronous = NORMAL");
  database.pragma("foreign_keys = ON");
  database.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  const stopCheckpointer: StopCheckpointer | undefined = onFile ? startWalCheckpointer(database, path) : undefined;
  const stats = newStoreStats();
  const dialect = new CountingDialect(new ImmediateSqliteDialect({ database: withStatementCache(database) }), stats);
  const db = new Kysely<KefuDatabase>({ dialect });
  return {
    db,
    stats,
    async destroy() {
      // The worker's connection closes first, so this last one checkpoints and removes the WAL.
      await stopCheckpointer?.();
      await db.destroy();
    },
  };
}

/** A handle on the file's shared connection; `release` closes it when the last user lets go. */
export function acquireSqlite(path: string): {
  db: Kysely<KefuDatabase>;
  stats: StoreStats;
  release(): Promise<void>;
} {
  const key = path === ":memory:" ? undefined : resolve(path);
  if (key === undefined) {
    const { db, stats, destroy } = connect(path);
    return { db, stats, release: destroy };
  }
  const shared = open.get(key) ?? { ...connect(key), users: 0 };
  shared.users += 1;
  open.set(key, shared);
  let released = false;
  return {
    db: shared.db,
    stats: shared.stats,
    async release() {
      if (released) return;
      released = true;
      shared.users -= 1;
      if (shared.users > 0) return;
      open.delete(key);
      await shared.destroy();
    },
  };
}
