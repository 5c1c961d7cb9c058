import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { Store } from "../../../src/application/ports/store.js";
import { createStore } from "../../../src/infrastructure/storage/create-store.js";
import { silentLogger } from "../../../src/infrastructure/system/pino-logger.js";
import { testCipher } from "../../fixtures/test-cipher.js";
import { TEST_DATABASE_URL } from "../storage/store-targets.js";

export type DatabaseKind = "sqlite" | "postgres";

/** One store on data of its own, and how to close it and delete the data. */
export interface FreshStore {
  store: Store;
  destroy(): Promise<void>;
}

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * A store on a new SQLite file or a new PostgreSQL database per test. A database rather than a
 * schema: Kysely's migrator looks for its lock table in every schema it can see, so fresh
 * schemas created by test files running in parallel could skip each other's migration tables.
 */
export async function openFreshStore(kind: DatabaseKind): Promise<FreshStore> {
  const dir = mkdtempSync(join(tmpdir(), "kefu-insights-"));
  if (kind === "sqlite") {
    const store = await createStore({ sqlitePath: join(dir, "kefu.sqlite"), logger: silentLogger });
    return {
      store,
      async destroy() {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const name = `kefu_insights_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  const store = await createStore({
    databaseUrl: url.toString(),
    sqlitePath: join(dir, "unused.sqlite"),
    logger: silentLogger,
    cipher: testCipher,
  });
  return {
    store,
    async destroy() {
      await store.close();
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
