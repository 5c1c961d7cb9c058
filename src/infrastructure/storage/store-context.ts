import type { Kysely } from "kysely";
import type { FieldCipher } from "../../application/ports/field-cipher.js";
import type { KefuDatabase } from "./database-schema.js";

export type StoreDialect = "sqlite" | "postgres";

/** What every repository is built from: a connection or an open transaction (read per query), and the SQL dialect. */
export interface StoreContext {
  db: Kysely<KefuDatabase>;
  dialect: StoreDialect;
  /** Seals personal data in `doc` columns and computes blind indexes. */
  cipher: FieldCipher;
}

/** Runs `work` in a transaction, joining the current one when the context already is one. */
export async function atomically<T>(ctx: StoreContext, work: (db: Kysely<KefuDatabase>) => Promise<T>): Promise<T> {
  if (ctx.db.isTransaction) return work(ctx.db);
  return ctx.db.transaction().execute(work);
}
