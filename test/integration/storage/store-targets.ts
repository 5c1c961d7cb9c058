import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { Store } from "../../../src/application/ports/store.js";
import { createStore } from "../../../src/infrastructure/storage/create-store.js";
import { silentLogger } from "../../../src/infrastructure/system/pino-logger.js";
import { testCipher } from "../../fixtures/test-cipher.js";

/** The CI PostgreSQL; KEFU_TEST_DATABASE_URL points the suite elsewhere. */
export const TEST_DATABASE_URL = process.env.KEFU_TEST_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/test";

/** One empty database for one test: open as many stores on it as the test needs, then drop it. */
export interface StoreTarget {
  /** Opens a new store (its own connection/pool) on the same data. */
  open(): Promise<Store>;
  /** Closes every store opened here and deletes the data. */
  destroy(): Promise<void>;
}

export type TargetName = "sqlite" | "postgres";

function tracking(openOne: () => Promise<Store>, cleanup: () => Promise<void>): StoreTarget {
  const opened: Store[] = [];
  return {
    async open() {
      const store = await openOne();
      opened.push(store);
      return store;
    },
    async destroy() {
      for (const store of opened.splice(0)) await store.close();
      await cleanup();
    },
  };
}

function sqliteTarget(): StoreTarget {
  const dir = mkdtempSync(join(tmpdir(), "kefu-store-"));
  const sqlitePath = join(dir, "kefu.sqlite");
  return tracking(
    () => createStore({ sqlitePath, logger: silentLogger }),
    async () => rmSync(dir, { recursive: true, force: true }),
  );
}

/** Runs one admin statement on the test database. */
async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/**
 * A fresh schema per test, selected through the connection's search_path, so parallel
 * workers and tests never see each other's rows.
 */
async function postgresTarget(): Promise<StoreTarget> {
  const schema = `kefu_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  await adminQuery(`create schema "${schema}"`);
  const url = new URL(TEST_DATABASE_URL);
  url.searchParams.set("options", `-c search_path=${schema}`);
  const databaseUrl = url.toString();
  return tracking(
    () => createStore({ databaseUrl, sqlitePath: "unused.sqlite", logger: silentLogger, cipher: testCipher }),
    () => adminQuery(`drop schema "${schema}" cascade`),
  );
}

export async function openTarget(name: TargetName): Promise<StoreTarget> {
  return name === "sqlite" ? sqliteTarget() : postgresTarget();
}
