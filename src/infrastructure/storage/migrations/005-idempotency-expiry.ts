import type { Kysely } from "kysely";

/** Replays older than this are dropped; matches the HTTP layer's default record lifetime. */
const DEFAULT_TTL_MS = 24 * 3600 * 1000;

/**
 * Idempotency records get an expiry (swept on a schedule). Records of the two routes whose
 * responses carried live tokens (login, widget conversation) are deleted: they must not stay.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("idempotency_records").addColumn("expires_at", "text").execute();
  const expiresAt = new Date(Date.now() + DEFAULT_TTL_MS).toISOString();
  await db
    .withTables<{ idempotency_records: { scope: string; expires_at: string | null } }>()
    .updateTable("idempotency_records")
    .set({ expires_at: expiresAt })
    .execute();
  await db
    .withTables<{ idempotency_records: { scope: string } }>()
    .deleteFrom("idempotency_records")
    .where((eb) =>
      eb.or([
        eb("scope", "like", "% POST /api/v1/auth/login"),
        eb("scope", "like", "% POST /api/v1/widget/conversations"),
      ]),
    )
    .execute();
  await db.schema
    .createIndex("idempotency_records_expires_idx")
    .on("idempotency_records")
    .column("expires_at")
    .execute();
}
