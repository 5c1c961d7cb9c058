import { type Kysely, sql } from "kysely";

/** Setting that tells the first start with a data key to encrypt rows written before this migration. */
export const PLAINTEXT_PENDING_SETTING = "storage.plaintext_pending";

/**
 * Replaces the customers' plain lookup columns (email, names, zip, phone) with blind indexes and keeps
 * only the id in search_text. Migrations never see the data key, so the rows themselves are sealed and
 * re-indexed on the next start (see seal-plaintext-rows.ts), flagged by a setting written here.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const s = db.schema;
  for (const column of ["email_bidx", "phone_bidx", "name_zip_bidx", "search_bidx"]) {
    await s.alterTable("customers").addColumn(column, "text").execute();
  }
  for (const index of ["customers_email_idx", "customers_name_zip_idx", "customers_phone_idx"]) {
    await s.dropIndex(index).execute();
  }
  for (const column of ["email_lower", "first_name_lower", "last_name_lower", "zip", "phone_digits"]) {
    await s.alterTable("customers").dropColumn(column).execute();
  }
  await s.createIndex("customers_email_bidx_idx").on("customers").column("email_bidx").execute();
  await s.createIndex("customers_phone_bidx_idx").on("customers").column("phone_bidx").execute();
  await s.createIndex("customers_name_zip_bidx_idx").on("customers").column("name_zip_bidx").execute();
  await sql`update customers set search_text = lower(id)`.execute(db);
  await sql`insert into settings (key, value) values (${PLAINTEXT_PENDING_SETTING}, ${"1"})`.execute(db);
}

/** Restores the plain columns empty; the next start of the older version cannot read sealed rows anyway. */
export async function down(db: Kysely<unknown>): Promise<void> {
  const s = db.schema;
  for (const index of ["customers_email_bidx_idx", "customers_phone_bidx_idx", "customers_name_zip_bidx_idx"]) {
    await s.dropIndex(index).execute();
  }
  for (const column of ["email_bidx", "phone_bidx", "name_zip_bidx", "search_bidx"]) {
    await s.alterTable("customers").dropColumn(column).execute();
  }
  for (const column of ["email_lower", "first_name_lower", "last_name_lower", "zip"]) {
    await s
      .alterTable("customers")
      .addColumn(column, "text", (c) => c.notNull().defaultTo(""))
      .execute();
  }
  await s.alterTable("customers").addColumn("phone_digits", "text").execute();
  await sql`delete from settings where key = ${PLAINTEXT_PENDING_SETTING}`.execute(db);
}
