import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import type { Store } from "../../../src/application/ports/store.js";
import { createStore } from "../../../src/infrastructure/storage/create-store.js";
import { silentLogger } from "../../../src/infrastructure/system/pino-logger.js";
import { testCipher } from "../../fixtures/test-cipher.js";
import { type TargetName, TEST_DATABASE_URL } from "../storage/store-targets.js";

/** A fresh store plus raw row access that bypasses the repositories (to see what is really stored). */
export interface RawTarget {
  store: Store;
  /** Every row of a table, as the database holds it. */
  rows(table: string): Promise<Record<string, unknown>[]>;
  /** The SQLite file (undefined on PostgreSQL). */
  sqlitePath?: string;
  destroy(): Promise<void>;
}

async function admin(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

export async function openRawTarget(name: TargetName): Promise<RawTarget> {
  if (name === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "kefu-raw-"));
    const sqlitePath = join(dir, "data", "kefu.sqlite");
    const store = await createStore({ sqlitePath, logger: silentLogger });
    return {
      store,
      sqlitePath,
      async rows(table) {
        const db = new Database(sqlitePath, { readonly: true });
        try {
          return db.prepare(`select * from "${table}"`).all() as Record<string, unknown>[];
        } finally {
          db.close();
        }
      },
      async destroy() {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const schema = `kefu_raw_${process.pid}_${randomBytes(4).toString("hex")}`;
  await admin(`create schema "${schema}"`);
  const url = new URL(TEST_DATABASE_URL);
  url.searchParams.set("options", `-c search_path=${schema}`);
  const store = await createStore({
    databaseUrl: url.toString(),
    sqlitePath: "unused.sqlite",
    logger: silentLogger,
    cipher: testCipher,
  });
  return {
    store,
    async rows(table) {
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      try {
        return (await client.query(`select * from "${table}"`)).rows;
      } finally {
        await client.end();
      }
    },
    async destroy() {
      await store.close();
      await admin(`drop schema "${schema}" cascade`);
    },
  };
}
