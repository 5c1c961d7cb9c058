import { type Kysely, sql } from "kysely";
import type { FieldCipher } from "../../application/ports/field-cipher.js";
import { Message } from "../../domain/conversation/message.js";
import { Customer } from "../../domain/shop/customer.js";
import { customerLookupColumns } from "./customer-lookup-keys.js";
import type { KefuDatabase } from "./database-schema.js";
import { fromDoc } from "./json-doc.js";
import { dropStaleIndexRows, indexMessage, termHashes } from "./repositories/message-search-index.js";
import { docContext, openDocText, SEALED_KEY_COLUMNS, SEALED_TABLES, type SealedTable } from "./sealed-doc.js";
import type { StoreDialect } from "./store-context.js";

/** Which rows to rewrite: plain ones only (first start with a key), or every row not under the current key (rotation). */
export type ResealScope = "plaintext" | "not-current";

export interface ResealProgress {
  table: SealedTable;
  done: number;
  total: number;
}

export interface ResealOptions {
  scope: ResealScope;
  dialect: StoreDialect;
  batchSize?: number;
  onProgress?: (progress: ResealProgress) => void;
}

/** Rows left to rewrite are found by their prefix alone, so a rerun resumes where an interrupted one stopped. */
function pendingFilter(cipher: FieldCipher, scope: ResealScope) {
  const pattern = scope === "plaintext" ? "enc1:%" : `enc1:${cipher.currentKeyId}:%`;
  return sql<boolean>`doc not like ${pattern}`;
}

async function countPending(db: Kysely<KefuDatabase>, table: SealedTable, cipher: FieldCipher, scope: ResealScope) {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as("n"))
    .where(pendingFilter(cipher, scope))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

async function resealBatch(
  db: Kysely<KefuDatabase>,
  table: SealedTable,
  cipher: FieldCipher,
  dialect: StoreDialect,
  rows: { id: string; doc: string }[],
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const row of rows) {
      const text = openDocText(cipher, table, row);
      const doc = cipher.encrypt(text, docContext(table, row.id));
      // Compare-and-set on the old doc: a row rewritten meanwhile by a running server is left to it.
      if (table === "customers") {
        const customer = fromDoc(Customer, text, "customer");
        await trx
          .updateTable("customers")
          .set({ doc, search_text: customer.id.toLowerCase(), ...customerLookupColumns(cipher, customer) })
          .where("id", "=", row.id)
          .where("doc", "=", row.doc)
          .execute();
      } else {
        const [updated] = await trx
          .updateTable(table)
          .set({ doc })
          .where(sql<boolean>`${sql.ref(SEALED_KEY_COLUMNS[table])} = ${row.id}`)
          .where("doc", "=", row.doc)
          .execute();
        if (table === "messages" && Number(updated?.numUpdatedRows ?? 0) === 1) {
          // Its search terms hashed under the current key too; the old key's row goes when every message is done.
          const message = fromDoc(Message, text, "message");
          await indexMessage({ db: trx, dialect, cipher }, message, termHashes(cipher, message.text));
        }
      }
    }
  });
}

/**
 * Encrypts (or re-encrypts under the current key) every sealed table's docs and rebuilds the
 * customers' and messages' blind indexes, in id order and small transactions. Idempotent: done rows
 * are skipped. A completed rotation then drops the message index rows of the old keys.
 */
export async function resealRows(
  db: Kysely<KefuDatabase>,
  cipher: FieldCipher,
  options: ResealOptions,
): Promise<{ resealed: number }> {
  const batchSize = options.batchSize ?? 500;
  let resealed = 0;
  for (const table of SEALED_TABLES) {
    const total = await countPending(db, table, cipher, options.scope);
    if (total === 0) continue;
    let done = 0;
    let cursor = "";
    for (;;) {
      const key = sql.ref(SEALED_KEY_COLUMNS[table]);
      const rows = await db
        .selectFrom(table)
        .select([sql<string>`${key}`.as("id"), "doc"])
        .where(sql<boolean>`${key} > ${cursor}`)
        .where(pendingFilter(cipher, options.scope))
        .orderBy(key)
        .limit(batchSize)
        .execute();
      const last = rows.at(-1);
      if (!last) break;
      await resealBatch(db, table, cipher, options.dialect, rows);
      cursor = last.id;
      done += rows.length;
      options.onProgress?.({ table, done, total });
    }
    resealed += done;
  }
  if (options.scope === "not-current") await dropStaleIndexRows(db, cipher.currentKeyId);
  return { resealed };
}

/** Rows per key id (and "plaintext") in every sealed table, for `kefu keys status` and the rotation check. */
export async function countRowsByKey(db: Kysely<KefuDatabase>, cipher: FieldCipher): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const table of SEALED_TABLES) {
    const rows = await db
      .selectFrom(table)
      .select((eb) => [sql<string>`substr(doc, 1, 14)`.as("head"), eb.fn.countAll().as("n")])
      .groupBy(sql`substr(doc, 1, 14)`)
      .execute();
    for (const row of rows) {
      const key = cipher.keyIdOf(`${row.head}:`) ?? "plaintext";
      counts.set(key, (counts.get(key) ?? 0) + Number(row.n));
    }
  }
  return counts;
}
