import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { TEST_DATABASE_URL } from "../storage/store-targets.js";

/** A fresh database (SQLite file or PostgreSQL schema) whose raw bytes a test can read back. */
export interface RawDatabase {
  name: "sqlite" | "postgres";
  /** Set for PostgreSQL (search_path pinned to the test's own schema). */
  databaseUrl: string | undefined;
  sqlitePath: string;
  dir: string;
  /** Everything stored, as text: SQLite's database, WAL and shared-memory files; every column of every PostgreSQL table. */
  rawText(): Promise<string>;
  destroy(): Promise<void>;
}

async function onPostgres<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function sqliteDatabase(dir: string): RawDatabase {
  const sqlitePath = join(dir, "kefu.sqlite");
  return {
    name: "sqlite",
    databaseUrl: undefined,
    sqlitePath,
    dir,
    async rawText() {
      const files = [sqlitePath, `${sqlitePath}-wal`, `${sqlitePath}-shm`, `${sqlitePath}-journal`].filter(existsSync);
      // latin1 keeps every byte; UTF-8 text searched for below is compared in the same encoding.
      return files.map((f) => readFileSync(f).toString("latin1")).join("\n");
    },
    async destroy() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function postgresDatabase(dir: string): Promise<RawDatabase> {
  const schema = `kefu_pii_${process.pid}_${randomBytes(4).toString("hex")}`;
  await onPostgres(TEST_DATABASE_URL, (c) => c.query(`create schema "${schema}"`));
  const url = new URL(TEST_DATABASE_URL);
  url.searchParams.set("options", `-c search_path=${schema}`);
  return {
    name: "postgres",
    databaseUrl: url.toString(),
    sqlitePath: join(dir, "unused.sqlite"),
    dir,
    rawText: () =>
      onPostgres(TEST_DATABASE_URL, async (c) => {
        const tables = await c.query<{ table_name: string }>(
          "select table_name from information_schema.tables where table_schema = $1",
          [schema],
        );
        const dumps: string[] = [];
        for (const { table_name } of tables.rows) {
          const rows = await c.query<{ row: string }>(`select t::text as row from "${schema}"."${table_name}" t`);
          dumps.push(`${table_name}\n${rows.rows.map((r) => r.row).join("\n")}`);
        }
        // The dump is UTF-8 text; re-encode as latin1 so both kinds of raw text compare the same way.
        return Buffer.from(dumps.join("\n"), "utf8").toString("latin1");
      }),
    async destroy() {
      await onPostgres(TEST_DATABASE_URL, (c) => c.query(`drop schema "${schema}" cascade`));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function openRawDatabase(name: "sqlite" | "postgres"): Promise<RawDatabase> {
  const dir = mkdtempSync(join(tmpdir(), "kefu-pii-"));
  return name === "sqlite" ? sqliteDatabase(dir) : postgresDatabase(dir);
}

/** The needles (UTF-8) found in raw text read as latin1. */
export function plainTextFound(raw: string, needles: readonly string[]): string[] {
  return needles.filter((needle) => raw.includes(Buffer.from(needle, "utf8").toString("latin1")));
}
