import type { Store } from "../../application/ports/store.js";
import { AmbientTransaction } from "./ambient-transaction.js";
import { createRepositories } from "./create-repositories.js";
import { type DatabaseTarget, openDatabase } from "./open-database.js";
import { runMigrations } from "./run-migrations.js";

export interface CreateStoreOptions extends DatabaseTarget {
  /** Run pending migrations before returning (default true). */
  migrate?: boolean;
}

/**
 * Opens Kefu's store: PostgreSQL when `databaseUrl` is a postgres:// URL, else the SQLite file at
 * `sqlitePath` (its folder is created). Migrates to the latest schema unless told not to.
 */
export async function createStore(options: CreateStoreOptions): Promise<Store> {
  const { db, dialect, close } = openDatabase(options);
  try {
    if (options.migrate !== false) await runMigrations(db, options.logger, dialect);
  } catch (error) {
    await close();
    throw error;
  }
  const ambient = new AmbientTransaction();
  // Store-level repositories use the caller's open transaction when there is one, else the pool.
  const root = createRepositories({
    get db() {
      return ambient.current() ?? db;
    },
    dialect,
  });
  return {
    ...root,
    dialect,
    transaction(work) {
      // A transaction started inside another joins it: all-or-nothing with the outer one.
      const open = ambient.current();
      if (open) return work(createRepositories({ db: open, dialect }));
      return db.transaction().execute((trx) => ambient.run(trx, () => work(createRepositories({ db: trx, dialect }))));
    },
    close,
  };
}

/** Applies pending migrations and closes the connection; for `kefu migrate`. */
export async function migrateStore(options: DatabaseTarget): Promise<{ applied: string[] }> {
  const { db, dialect, close } = openDatabase(options);
  try {
    return { applied: await runMigrations(db, options.logger, dialect) };
  } finally {
    await close();
  }
}
