import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { MessageRepository } from "../../../application/ports/conversation-repositories.js";
import { Message } from "../../../domain/conversation/message.js";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import type { KefuDatabase, MessageRow } from "../database-schema.js";
import { checked } from "../json-doc.js";
import { lockedSeqs } from "../locked-seqs.js";
import { precompiled } from "../precompiled-query.js";
import { openDoc, sealDoc } from "../sealed-doc.js";
import { atomically, type StoreContext } from "../store-context.js";
import { findMessageIds, indexMessage, insertIndexedMessage, queryHashes, termHashes } from "./message-search-index.js";

const DEFAULT_LIST_LIMIT = 200;
const MAX_LIST_LIMIT = 500;

// A shopper turn's queries, compiled once (see precompiled-query.ts).
const selectByClientId = precompiled((db, p: { conversationId: string; clientMessageId: string }) =>
  db
    .selectFrom("messages")
    .select(["id", "doc"])
    .where("conversation_id", "=", p.conversationId)
    .where("client_message_id", "=", p.clientMessageId),
);
const bumpLastSeq = precompiled((db, p: { id: string }) =>
  db
    .updateTable("conversations")
    .set((eb) => ({ last_seq: eb("last_seq", "+", 1) }))
    .where("id", "=", p.id)
    .returning("last_seq"),
);
const insertMessage = precompiled((db, p: MessageRow) =>
  db
    .insertInto("messages")
    .values({
      id: p.id,
      conversation_id: p.conversation_id,
      seq: p.seq,
      client_message_id: p.client_message_id,
      created_at: p.created_at,
      doc: p.doc,
    })
    // A retry's twin already stored: nothing inserted, and the caller returns the stored one.
    .onConflict((oc) => oc.columns(["conversation_id", "client_message_id"]).doNothing()),
);
const unbumpLastSeq = precompiled((db, p: { id: string }) =>
  db
    .updateTable("conversations")
    .set((eb) => ({ last_seq: eb("last_seq", "-", 1) }))
    .where("id", "=", p.id),
);
const selectSince = precompiled((db, p: { conversationId: string; afterSeq: number; limit: number }) =>
  db
    .selectFrom("messages")
    .select(["id", "doc"])
    .where("conversation_id", "=", p.conversationId)
    .where("seq", ">", p.afterSeq)
    .orderBy("seq")
    .limit(p.limit),
);

async function findByClientId(
  ctx: StoreContext,
  db: Kysely<KefuDatabase>,
  conversationId: string,
  clientMessageId: string,
): Promise<Message | undefined> {
  const [row] = (await selectByClientId(db, { conversationId, clientMessageId })).rows;
  return row ? openMessage(ctx, row) : undefined;
}

function openMessage(ctx: StoreContext, row: { id: string; doc: string }): Message {
  return ctx.messageDocs.open(row, (r) => openDoc(ctx.cipher, Message, "messages", r, "message"));
}

export function messageRepository(ctx: StoreContext): MessageRepository {
  const parse = (row: { id: string; doc: string }) => openMessage(ctx, row);
  return {
    async append(input) {
      const { conversationId, clientMessageId } = input;
      // Fast path for retries: no write lock needed to find an already stored message. Inside a
      // transaction the check under the lock below is the only one needed.
      if (clientMessageId && !ctx.db.isTransaction) {
        const stored = await findByClientId(ctx, ctx.db, conversationId, clientMessageId);
        if (stored) return { message: stored, duplicate: true };
      }
      return atomically(ctx, async (tx) => {
        // PostgreSQL, conversation row locked by this transaction: the seq is known, one statement does it all.
        const known = ctx.dialect === "postgres" ? lockedSeqs(tx).get(conversationId) : undefined;
        let seq: number;
        if (known === undefined) {
          // Bumping last_seq first takes the conversation's row lock (PG) or the write lock (SQLite),
          // so concurrent appends to one conversation queue here and seqs stay gap-free.
          const [bumped] = (await bumpLastSeq(tx, { id: conversationId })).rows;
          if (!bumped) throw new KefuError("CONVERSATION_NOT_FOUND", `conversation ${conversationId} not found`);
          seq = bumped.last_seq;
        } else {
          seq = known + 1;
        }
        const message = checked(
          Message,
          {
            ...input,
            id: `msg_${randomUUID().replaceAll("-", "")}`,
            seq,
            createdAt: input.createdAt ?? new Date().toISOString(),
          },
          "message",
        );
        const doc = sealDoc(ctx.cipher, "messages", message.id, message);
        const row = {
          id: message.id,
          conversation_id: conversationId,
          seq: message.seq,
          client_message_id: message.clientMessageId ?? null,
          created_at: message.createdAt,
          doc,
        };
        const hashes = termHashes(ctx.cipher, message.text);
        let inserted: boolean;
        if (ctx.dialect === "postgres") {
          const bumpLastSeq = known !== undefined;
          inserted = await insertIndexedMessage(tx, row, ctx.cipher.currentKeyId, hashes, { bumpLastSeq });
        } else {
          inserted = Number((await insertMessage(tx, row)).numAffectedRows ?? 0) === 1;
          if (inserted) await indexMessage({ ...ctx, db: tx }, message, hashes);
        }
        if (!inserted) {
          if (!clientMessageId) throw new KefuError("STORAGE_UNAVAILABLE", `message ${message.id} was not stored`);
          // A racing retry committed while we waited for the lock: hand back its message, give the seq back.
          await unbumpLastSeq(tx, { id: conversationId });
          const stored = await findByClientId(ctx, tx, conversationId, clientMessageId);
          if (!stored)
            throw new KefuError("STORAGE_UNAVAILABLE", `message ${clientMessageId} neither stored nor found`);
          return { message: stored, duplicate: true };
        }
        if (known !== undefined) lockedSeqs(tx).set(conversationId, seq);
        // The next turn reads it back as history: it is already open.
        return { message: ctx.messageDocs.remember({ id: message.id, doc }, message), duplicate: false };
      });
    },
    async listSince(conversationId, afterSeq, limit = DEFAULT_LIST_LIMIT) {
      const page = Math.min(Math.max(0, limit), MAX_LIST_LIMIT);
      const { rows } = await selectSince(ctx.db, { conversationId, afterSeq, limit: page });
      return rows.map(parse);
    },
    async search(terms, limit) {
      if (terms.length === 0) return [];
      const groups = terms.map((t) => queryHashes(ctx.cipher, t));
      const ids = await findMessageIds(ctx, groups, limit);
      if (ids.length === 0) return [];
      const found = await ctx.db.selectFrom("messages").select(["id", "doc"]).where("id", "in", ids).execute();
      const byId = new Map(found.map((row) => [row.id, parse(row)]));
      return ids.flatMap((id) => byId.get(id) ?? []);
    },
    async listBetween(since, until) {
      const rows = await ctx.db
        .selectFrom("messages")
        .select(["id", "doc"])
        .where("created_at", ">=", since)
        .where("created_at", "<", until)
        .orderBy("created_at")
        .orderBy("conversation_id")
        .orderBy("seq")
        .execute();
      return rows.map(parse);
    },
  };
}
