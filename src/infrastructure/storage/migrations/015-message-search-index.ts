import { type Kysely, PostgresAdapter, sql } from "kysely";

const isPostgres = (db: Kysely<unknown>) => db.getExecutor().adapter instanceof PostgresAdapter;

/**
 * One blind-index row per message instead of one per (term, message): a turn wrote ~26 random
 * B-tree leaves for its two messages' terms, ~30% of a turn's CPU. SQLite keeps the term hashes in an
 * FTS5 table (appended as a small segment per commit, merged in the background); PostgreSQL in a
 * text[] column under a GIN index (its pending list batches the inserts). The hashes are unchanged.
 * Each row names the data key that hashed it (the one that sealed the message when it was stored), so
 * a key rotation can re-index messages under the new key and then drop the old rows.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) {
    await sql`create table message_search (
      message_id text primary key,
      created_at text not null,
      key_id text not null,
      terms text[] not null
    )`.execute(db);
    await sql`insert into message_search (message_id, created_at, key_id, terms)
      select t.message_id, min(t.created_at),
        coalesce(min(case when m.doc like 'enc1:%' then split_part(m.doc, ':', 2) end), ''), array_agg(t.term)
      from message_terms t left join messages m on m.id = t.message_id group by t.message_id`.execute(db);
    await sql`create index message_search_terms on message_search using gin (terms)`.execute(db);
  } else {
    // detail=none: only which messages hold a term is needed, not where; the hashes are the only column searched.
    await sql`create virtual table message_search using fts5(
      terms, message_id unindexed, created_at unindexed, key_id unindexed, detail = none, columnsize = 0
    )`.execute(db);
    await sql`insert into message_search (terms, message_id, created_at, key_id)
      select group_concat(t.term, ' '), t.message_id, min(t.created_at),
        coalesce(min(case when m.doc like 'enc1:%' then substr(m.doc, 6, instr(substr(m.doc, 6), ':') - 1) end), '')
      from message_terms t left join messages m on m.id = t.message_id group by t.message_id`.execute(db);
  }
  await sql`drop table message_terms`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`create table message_terms (
    term text not null, message_id text not null, conversation_id text not null, created_at text not null,
    constraint message_terms_pk primary key (term, message_id)
  )`.execute(db);
  // The conversation is read back from the message itself.
  if (isPostgres(db)) {
    await sql`insert into message_terms (term, message_id, conversation_id, created_at)
      select t, s.message_id, m.conversation_id, s.created_at
      from message_search s join messages m on m.id = s.message_id, unnest(s.terms) as t
      on conflict do nothing`.execute(db);
  } else {
    await sql`insert or ignore into message_terms (term, message_id, conversation_id, created_at)
      select t.value, s.message_id, m.conversation_id, s.created_at
      from message_search s join messages m on m.id = s.message_id,
        json_each('["' || replace(s.terms, ' ', '","') || '"]') as t`.execute(db);
  }
  await sql`drop table message_search`.execute(db);
}
