import { Kysely } from "kysely";
import pg from "pg";
import type { Logger } from "../../application/ports/logger.js";
import type { StoreStats } from "../../application/ports/store.js";
import { KefuError } from "../../domain/errors/kefu-error.js";
import { CountingDialect, newStoreStats } from "./counting-dialect.js";
import type { KefuDatabase } from "./database-schema.js";
import { OwnSchemaPostgresDialect } from "./own-schema-introspector.js";
import { acquireSqlite } from "./shared-sqlite.js";
import type { StoreDialect } from "./store-context.js";

export interface DatabaseTarget {
  /** postgres://… selects PostgreSQL; empty or absent selects the SQLite file. */
  databaseUrl?: string;
  sqlitePath: string;
  logger: Logger;
}

export interface OpenedDatabase {
  db: Kysely<KefuDatabase>;
  dialect: StoreDialect;
  stats: StoreStats;
  /** Closes this handle (a shared SQLite connection closes with its last user). */
  close(): Promise<void>;
}

function openPostgres(connectionString: string, logger: Logger, stats: StoreStats): Kysely<KefuDatabase> {
  const pool = new pg.Pool({ connectionString, max: 10 });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on("error", (error) => logger.warn({ error: error.message }, "postgres idle client error"));
  return new Kysely<KefuDatabase>({ dialect: new CountingDialect(new OwnSchemaPostgresDialect({ pool }), stats) });
}

/** Opens the configured database; nothing is queried yet. */
export function openDatabase(target: DatabaseTarget): OpenedDatabase {
  const url = target.databaseUrl?.trim();
  if (!url) {
    const { db, stats, release } = acquireSqlite(target.sqlitePath);
    return { db, dialect: "sqlite", stats, close: release };
  }
  if (/^postgres(ql)?:\/\//i.test(url)) {
    const stats = newStoreStats();
    const db = openPostgres(url, target.logger, stats);
    return { db, dialect: "postgres", stats, close: () => db.destroy() };
  }
  throw new KefuError("STORAGE_UNAVAILABLE", "DATABASE_URL must start with postgres:// or postgresql://");
}
