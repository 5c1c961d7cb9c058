import { type Kysely, sql } from "kysely";
import type { FieldCipher } from "../../application/ports/field-cipher.js";
import type { Logger } from "../../application/ports/logger.js";
import type { KefuDatabase } from "./database-schema.js";
import { PLAINTEXT_PENDING_SETTING } from "./migrations/003-pii-at-rest.js";
import { resealRows } from "./reseal-rows.js";
import { SEALED_TABLES } from "./sealed-doc.js";
import type { StoreDialect } from "./store-context.js";

/**
 * The one-time step after migration 003: encrypts rows a pre-0.2 database holds in plain text and
 * builds their blind indexes. Migration 003 leaves a flag; it is cleared only when every row is sealed,
 * so a start interrupted half-way resumes on the next start. Later starts cost one settings lookup.
 */
export async function sealPlaintextRows(
  db: Kysely<KefuDatabase>,
  cipher: FieldCipher,
  logger: Logger,
  dialect: StoreDialect,
): Promise<void> {
  const flag = await db
    .selectFrom("settings")
    .select("key")
    .where("key", "=", PLAINTEXT_PENDING_SETTING)
    .executeTakeFirst();
  if (!flag) return;
  const started = Date.now();
  const { resealed } = await resealRows(db, cipher, {
    scope: "plaintext",
    dialect,
    onProgress: ({ table, done, total }) => {
      if (done === total || done % 5000 === 0) logger.info({ table, done, total }, "encrypting stored personal data");
    },
  });
  await db.deleteFrom("settings").where("key", "=", PLAINTEXT_PENDING_SETTING).execute();
  if (resealed === 0) return;
  await compact(db, dialect);
  logger.info({ rows: resealed, ms: Date.now() - started }, "stored personal data encrypted");
}

/** Rewrites the files so the replaced plain-text rows do not linger in free pages, the WAL or dead tuples. */
async function compact(db: Kysely<KefuDatabase>, dialect: StoreDialect): Promise<void> {
  if (dialect === "sqlite") {
    await sql`vacuum`.execute(db);
    await sql`pragma wal_checkpoint(truncate)`.execute(db);
    return;
  }
  for (const table of SEALED_TABLES) await sql`vacuum full ${sql.table(table)}`.execute(db);
}
