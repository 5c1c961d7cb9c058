import { type Kysely, sql } from "kysely";
import type { KefuDatabase, MessageRow } from "../database-schema.js";
import type { StoreContext } from "../store-context.js";

/** A term hash is hex (see the field cipher's blind index); anything else never reaches a query. */
const HASH = /^[0-9a-f]+$/;

/** Adds one message's term hashes to the blind index: one row, in the caller's transaction. */
export async function indexMessage(
  ctx: StoreContext,
  db: Kysely<KefuDatabase>,
  message: { id: string; createdAt: string },
  hashes: string[],
): Promise<void> {
  if (hashes.length === 0) return;
  const { id, createdAt } = message;
  if (ctx.dialect === "postgres") {
    await sql`insert into message_search (message_id, created_at, terms) values (${id}, ${createdAt}, ${hashes}::text[])`.execute(
      db,
    );
  } else {
    await sql`insert into message_search (terms, message_id, created_at) values (${hashes.join(" ")}, ${id}, ${createdAt})`.execute(
      db,
    );
  }
}

/**
 * PostgreSQL: inserts a message and its index row in one statement (each statement is a round trip
 * to the server, the larger part of a turn's cost there). False when a message with the same client
 * id was already stored (nothing is written then).
 */
export async function insertIndexedMessage(
  db: Kysely<KefuDatabase>,
  row: MessageRow,
  hashes: string[],
): Promise<boolean> {
  const { rows } = await sql<{ inserted: number }>`
    with m as (
      insert into messages (id, conversation_id, seq, client_message_id, created_at, doc)
      values (${row.id}, ${row.conversation_id}, ${row.seq}, ${row.client_message_id}, ${row.created_at}, ${row.doc})
      on conflict (conversation_id, client_message_id) do nothing
      returning id
    ), indexed as (
      insert into message_search (message_id, created_at, terms)
      select id, ${row.created_at}, ${hashes}::text[] from m where cardinality(${hashes}::text[]) > 0
    )
    select count(*)::int as inserted from m`.execute(db);
  return rows[0]?.inserted === 1;
}

/**
 * Ids of the newest messages holding every group: a group is one query word's hashes under each data
 * key (a message indexed before a key rotation matches the old key's hash), so groups are ANDed and
 * the hashes within a group ORed.
 */
export async function findMessageIds(ctx: StoreContext, groups: string[][], limit: number): Promise<string[]> {
  const usable = groups.map((g) => g.filter((h) => HASH.test(h)));
  if (usable.length === 0 || usable.some((g) => g.length === 0)) return [];
  if (ctx.dialect === "postgres") {
    const all = sql.join(
      usable.map((g) => sql`terms && ${g}::text[]`),
      sql` and `,
    );
    const { rows } = await sql<{ message_id: string }>`
      select message_id from message_search where ${all} order by created_at desc limit ${limit}`.execute(ctx.db);
    return rows.map((r) => r.message_id);
  }
  const match = usable.map((g) => `(${g.map((h) => `"${h}"`).join(" OR ")})`).join(" AND ");
  const { rows } = await sql<{ message_id: string }>`
    select message_id from message_search where message_search match ${match}
    order by created_at desc limit ${limit}`.execute(ctx.db);
  return rows.map((r) => r.message_id);
}
