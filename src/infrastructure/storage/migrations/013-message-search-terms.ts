import type { Kysely } from "kysely";

/**
 * Blind index for searching encrypted message bodies: one row per (keyed term hash, message).
 * The terms themselves are never stored; a search hashes its words with the same key.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("message_terms")
    .addColumn("term", "text", (c) => c.notNull())
    .addColumn("message_id", "text", (c) => c.notNull())
    .addColumn("conversation_id", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("message_terms_pk", ["term", "message_id"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("message_terms").execute();
}
