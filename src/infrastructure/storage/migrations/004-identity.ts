import type { Kysely } from "kysely";

/** Verification failures counted across conversations, and hashed one-time codes. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const s = db.schema;
  await s
    .createTable("identity_failures")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("scope_key", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .execute();
  await s.createIndex("identity_failures_key_idx").on("identity_failures").columns(["scope_key", "at"]).execute();
  await s.createIndex("identity_failures_at_idx").on("identity_failures").column("at").execute();

  await s
    .createTable("identity_challenges")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("conversation_id", "text", (c) => c.notNull())
    .addColumn("customer_id", "text")
    .addColumn("channel", "text", (c) => c.notNull())
    .addColumn("code_hash", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("consumed_at", "text")
    .execute();
  await s
    .createIndex("identity_challenges_conversation_idx")
    .on("identity_challenges")
    .columns(["conversation_id", "created_at"])
    .execute();
  await s
    .createIndex("identity_challenges_customer_idx")
    .on("identity_challenges")
    .columns(["customer_id", "created_at"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("identity_challenges").execute();
  await db.schema.dropTable("identity_failures").execute();
}
