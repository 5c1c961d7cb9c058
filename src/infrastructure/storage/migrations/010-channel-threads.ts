import type { Kysely } from "kysely";

/** Conversations carried on email/WeChat: the thread (contact, reply cursor) and the message ids that map to it. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const s = db.schema;
  await s
    .createTable("channel_threads")
    .addColumn("conversation_id", "text", (c) => c.primaryKey())
    .addColumn("channel", "text", (c) => c.notNull())
    .addColumn("last_sent_seq", "integer", (c) => c.notNull())
    .addColumn("doc", "text", (c) => c.notNull())
    .execute();
  await s
    .createIndex("channel_threads_channel_idx")
    .on("channel_threads")
    .columns(["channel", "last_sent_seq"])
    .execute();
  await s
    .createTable("channel_message_links")
    .addColumn("channel", "text", (c) => c.notNull())
    .addColumn("external_id", "text", (c) => c.notNull())
    .addColumn("conversation_id", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("channel_message_links_pk", ["channel", "external_id"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("channel_message_links").execute();
  await db.schema.dropTable("channel_threads").execute();
}
