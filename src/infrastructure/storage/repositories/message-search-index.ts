import { type Kysely, sql } from "kysely";
import type { FieldCipher } from "../../../application/ports/field-cipher.js";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import { searchTerms } from "../../../domain/search/search-terms.js";
import type { KefuDatabase, MessageRow } from "../database-schema.js";
import type { StoreDialect } from "../store-context.js";

const TERM_PURPOSE = "message-term";

/** A term hash is hex (see the field cipher's blind index); anything else never reaches a query. */
const HASH = /^[0-9a-f]+$/;

/** A message's search terms hashed under the current data key: the words never reach the database. */
export function termHashes(cipher: FieldCipher, text: string): string[] {
  return [...new Set(searchTerms(text).map((t) => cipher.blindIndex(TERM_PURPOSE, t)))];
}

/** One query word's hashes under every data key, so rows indexed before a rotation still match. */
export function queryHashes(cipher: FieldCipher, term: string): string[] {
  return cipher.blindIndexes(TERM_PURPOSE, term);
}

interface IndexTarget {
  db: Kysely<KefuDatabase>;
  dialect: StoreDialect;
  cipher: FieldCipher;
}

/**
 * Adds one message's term hashes to the blind index: one row, tagged with the key that hashed them,
 * in the caller's transaction. A key rotation adds the new key's row; PostgreSQL replaces it in place.
 */
export async function indexMessage(
  { db, dialect, cipher }: IndexTarget,
  message: { id: string; createdAt: string },
  hashes: string[],
): Promise<void> {
  if (hashes.length === 0) return;
  const { id, createdAt } = message;
  const keyId = cipher.currentKeyId;
  if (dialect === "postgres") {
    await sql`insert into message_search (message_id, created_at, key_id, terms)
      values (${id}, ${createdAt}, ${keyId}, ${hashes}::text[])
      on conflict (message_id) do update set key_id = excluded.key_id, terms = excluded.terms`.execute(db);
  } else {
    await sql`insert into message_search (terms, message_id, created_at, key_id)
      values (${hashes.join(" ")}, ${id}, ${createdAt}, ${keyId})`.execute(db);
  }
}

/**
 * PostgreSQL: inserts a message and its index row in one statement (each statement is a round trip
 * to the server, the larger part of a turn's cost there). With `bumpLastSeq` (the conversation row is
 * already locked by this transaction) the last_seq bump goes in the same statement, and the bumped seq
 * must be the one the message was sealed with (the lock guarantees it). False when a message with the
 * same client id was already stored: nothing is inserted (a bump still happened; the caller gives it back).
 */
export async function insertIndexedMessage(
  db: Kysely<KefuDatabase>,
  row: MessageRow,
  keyId: string,
  hashes: string[],
  options: { bumpLastSeq: boolean },
): Promise<boolean> {
  const { bumpLastSeq } = options;
  const bump = bumpLastSeq
    ? sql`b as (update conversations set last_seq = last_seq + 1 where id = ${row.conversation_id} returning last_seq), `
    : sql``;
  const seq = bumpLastSeq ? sql`b.last_seq` : sql`${row.seq}`;
  const { rows } = await sql<{ bumped: number | null; inserted: number }>`
    with ${bump}m as (
      insert into messages (id, conversation_id, seq, client_message_id, created_at, doc)
      select ${row.id}, ${row.conversation_id}, ${seq}, ${row.client_message_id}, ${row.created_at}, ${row.doc}
      ${bumpLastSeq ? sql`from b` : sql``}
      on conflict (conversation_id, client_message_id) do nothing
      returning id
    ), indexed as (
      insert into message_search (message_id, created_at, key_id, terms)
      select id, ${row.created_at}, ${keyId}, ${hashes}::text[] from m where cardinality(${hashes}::text[]) > 0
    )
    select ${bumpLastSeq ? sql`(select last_seq from b)` : sql`null::int`} as bumped,
      (select count(*)::int from m) as inserted`.execute(db);
  const result = rows[0];
  if (bumpLastSeq) {
    if (result?.bumped === null || result?.bumped === undefined) {
      throw new KefuError("CONVERSATION_NOT_FOUND", `conversation ${row.conversation_id} not found`);
    }
    if (result.bumped !== row.seq) {
      throw new KefuError(
        "STORAGE_UNAVAILABLE",
        `conversation ${row.conversation_id} moved to seq ${result.bumped}, not ${row.seq}`,
      );
    }
  }
  return result?.inserted === 1;
}

/** After a rotation re-indexed every message: drops the rows hashed under keys no longer current. */
export async function dropStaleIndexRows(db: Kysely<KefuDatabase>, currentKeyId: string): Promise<void> {
  await sql`delete from message_search where key_id <> ${currentKeyId}`.execute(db);
}

/**
 * Ids of the newest messages holding every group: a group is one query word's hashes under each data
 * key, so groups are ANDed and the hashes within a group ORed.
 */
export async function findMessageIds(
  { db, dialect }: Omit<IndexTarget, "cipher">,
  groups: string[][],
  limit: number,
): Promise<string[]> {
  const usable = groups.map((g) => g.filter((h) => HASH.test(h)));
  if (usable.length === 0 || usable.some((g) => g.length === 0)) return [];
  if (dialect === "postgres") {
    const all = sql.join(
      usable.map((g) => sql`terms && ${g}::text[]`),
      sql` and `,
    );
    const { rows } = await sql<{ message_id: string }>`
      select message_id from message_search where ${all} order by created_at desc limit ${limit}`.execute(db);
    return rows.map((r) => r.message_id);
  }
  const match = usable.map((g) => `(${g.map((h) => `"${h}"`).join(" OR ")})`).join(" AND ");
  // Mid-rotation a message has a row under each key: one hit per message.
  const { rows } = await sql<{ message_id: string }>`
    select message_id from message_search where message_search match ${match}
    group by message_id order by max(created_at) desc limit ${limit}`.execute(db);
  return rows.map((r) => r.message_id);
}
