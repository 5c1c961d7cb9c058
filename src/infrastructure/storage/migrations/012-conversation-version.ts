import type { Kysely } from "kysely";

/** A version on each conversation, bumped by every update: a bot turn prepared on a stale version is redone. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("conversations")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("conversations").dropColumn("version").execute();
}
