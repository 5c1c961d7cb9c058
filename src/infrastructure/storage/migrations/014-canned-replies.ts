import type { Kysely } from "kysely";
import { DEFAULT_CANNED_REPLIES } from "./014-default-canned-replies.js";

/**
 * Canned replies agents insert from the composer, one row per reply and language. `actions` is a
 * JSON array of macro steps. A shortcut is unique within its language, so `/refund` finds one reply.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("canned_replies")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("shortcut", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("actions", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("canned_replies_shortcut_uq", ["locale", "shortcut"])
    .execute();
  // Seeded here rather than by the demo so every install starts with the replies the console used to hard-code.
  const now = new Date().toISOString();
  await db
    .withTables<{ canned_replies: Record<string, string> }>()
    .insertInto("canned_replies")
    .values(
      DEFAULT_CANNED_REPLIES.map((r) => ({
        id: r.id,
        locale: r.locale,
        shortcut: r.shortcut,
        title: r.title,
        body: r.body,
        actions: JSON.stringify(r.actions),
        created_at: now,
        updated_at: now,
      })),
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("canned_replies").execute();
}
