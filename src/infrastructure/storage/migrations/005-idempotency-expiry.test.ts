import Database from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import { describe, expect, it } from "vitest";
import * as initialSchema from "./001-initial-schema.js";
import * as idempotencyExpiry from "./005-idempotency-expiry.js";

interface Row {
  scope: string;
  key: string;
  request_hash: string;
  status_code: number;
  response_body: string;
  created_at: string;
  expires_at?: string | null;
}

const row = (scope: string, body: string): Row => ({
  scope,
  key: "k",
  request_hash: "h",
  status_code: 200,
  response_body: body,
  created_at: "2026-01-01T00:00:00.000Z",
});

describe("migration 005: idempotency expiry", () => {
  it("deletes stored login and widget-opening answers (they held tokens) and gives the rest an expiry", async () => {
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new Database(":memory:") }) });
    try {
      await initialSchema.up(db);
      const typed = db.withTables<{ idempotency_records: Row }>();
      await typed
        .insertInto("idempotency_records")
        .values([
          row("anon:1.2.3.4 POST /api/v1/auth/login", '{"token":"ks1.live"}'),
          row("anon:1.2.3.4 POST /api/v1/widget/conversations", '{"token":"kw1.live"}'),
          row("staff:u1 POST /api/v1/kb", '{"id":"kb_1"}'),
        ])
        .execute();
      const before = Date.now();
      await idempotencyExpiry.up(db);
      const rows = await typed.selectFrom("idempotency_records").selectAll().execute();
      expect(rows.map((r) => r.scope)).toEqual(["staff:u1 POST /api/v1/kb"]);
      expect(Date.parse(String(rows[0]?.expires_at))).toBeGreaterThanOrEqual(before + 24 * 3600 * 1000 - 1000);
    } finally {
      await db.destroy();
    }
  });
});
