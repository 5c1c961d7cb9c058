import { randomBytes } from "node:crypto";
import Database from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect, sql } from "kysely";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import type { KefuDatabase } from "../../../src/infrastructure/storage/database-schema.js";
import * as searchTerms013 from "../../../src/infrastructure/storage/migrations/013-message-search-terms.js";
import * as searchIndex015 from "../../../src/infrastructure/storage/migrations/015-message-search-index.js";
import { findMessageIds } from "../../../src/infrastructure/storage/repositories/message-search-index.js";
import type { StoreDialect } from "../../../src/infrastructure/storage/store-context.js";
import { TEST_DATABASE_URL } from "./store-targets.js";

const h = (n: number) => n.toString(16).padStart(32, "0");
const TERM_ROWS = [
  { term: h(1), message_id: "m1", conversation_id: "c1", created_at: "2026-01-01T00:00:01.000Z" },
  { term: h(2), message_id: "m1", conversation_id: "c1", created_at: "2026-01-01T00:00:01.000Z" },
  { term: h(2), message_id: "m2", conversation_id: "c2", created_at: "2026-01-01T00:00:02.000Z" },
  { term: h(3), message_id: "m2", conversation_id: "c2", created_at: "2026-01-01T00:00:02.000Z" },
];

interface Opened {
  db: Kysely<unknown>;
  dialect: StoreDialect;
  close(): Promise<void>;
}

async function open(dialect: StoreDialect): Promise<Opened> {
  if (dialect === "sqlite") {
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new Database(":memory:") }) });
    return { db, dialect, close: () => db.destroy() };
  }
  const schema = `kefu_mig_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`create schema "${schema}"`);
  const url = new URL(TEST_DATABASE_URL);
  url.searchParams.set("options", `-c search_path=${schema}`);
  const db = new Kysely<unknown>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url.toString() }) }),
  });
  return {
    db,
    dialect,
    async close() {
      await db.destroy();
      await admin.query(`drop schema "${schema}" cascade`);
      await admin.end();
    },
  };
}

describe.each<StoreDialect>(["sqlite", "postgres"])(
  "migration 015: one blind-index row per message (%s)",
  (dialect) => {
    let opened: Opened | undefined;
    afterEach(async () => opened?.close());

    it("carries every indexed term over, finds the same messages, and goes back down intact", async () => {
      opened = await open(dialect);
      const { db } = opened;
      await sql`create table messages (id text primary key, conversation_id text not null, doc text not null)`.execute(
        db,
      );
      // m1 sealed under key 0a1b2c3d, m2 stored before the first key (plain).
      await sql`insert into messages (id, conversation_id, doc)
        values ('m1', 'c1', 'enc1:0a1b2c3d:bm9uY2U:Y2lwaGVy'), ('m2', 'c2', '{"text":"plain"}')`.execute(db);
      await searchTerms013.up(db);
      const typed = db.withTables<{ message_terms: (typeof TERM_ROWS)[number] }>();
      await typed.insertInto("message_terms").values(TERM_ROWS).execute();

      await searchIndex015.up(db);
      const ctx = { db: db as unknown as Kysely<KefuDatabase>, dialect };
      expect(await findMessageIds(ctx, [[h(2)]], 10)).toEqual(["m2", "m1"]);
      expect(await findMessageIds(ctx, [[h(1)], [h(2)]], 10)).toEqual(["m1"]);
      expect(await findMessageIds(ctx, [[h(1), h(3)]], 10)).toEqual(["m2", "m1"]);
      expect(await findMessageIds(ctx, [[h(1)], [h(3)]], 10)).toEqual([]);
      expect(await findMessageIds(ctx, [[h(2)]], 1)).toEqual(["m2"]);
      const keys = await sql<{ message_id: string; key_id: string }>`
      select message_id, key_id from message_search order by message_id`.execute(db);
      expect(keys.rows).toEqual([
        { message_id: "m1", key_id: "0a1b2c3d" },
        { message_id: "m2", key_id: "" },
      ]);
      // Not a hash: never spliced into a MATCH expression or an array.
      expect(await findMessageIds(ctx, [['x" OR "y']], 10)).toEqual([]);

      await searchIndex015.down(db);
      const back = await typed.selectFrom("message_terms").selectAll().orderBy("message_id").orderBy("term").execute();
      expect(back).toEqual(TERM_ROWS);
    });
  },
);
