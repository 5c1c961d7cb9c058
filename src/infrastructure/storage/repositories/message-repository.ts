import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { MessageRepository } from "../../../application/ports/conversation-repositories.js";
import { Message } from "../../../domain/conversation/message.js";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import type { KefuDatabase } from "../database-schema.js";
import { checked } from "../json-doc.js";
import { openDoc, sealDoc } from "../sealed-doc.js";
import { atomically, type StoreContext } from "../store-context.js";

const DEFAULT_LIST_LIMIT = 200;
const MAX_LIST_LIMIT = 500;

async function findByClientId(
  ctx: StoreContext,
  db: Kysely<KefuDatabase>,
  conversationId: string,
  clientMessageId: string,
): Promise<Message | undefined> {
  const row = await db
    .selectFrom("messages")
    .select(["id", "doc"])
    .where("conversation_id", "=", conversationId)
    .where("client_message_id", "=", clientMessageId)
    .executeTakeFirst();
  return row ? openDoc(ctx.cipher, Message, "messages", row, "message") : undefined;
}

export function messageRepository(ctx: StoreContext): MessageRepository {
  const parse = (row: { id: string; doc: string }) => openDoc(ctx.cipher, Message, "messages", row, "message");
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
        // Bumping last_seq first takes the conversation's row lock (PG) or the write lock (SQLite),
        // so concurrent appends to one conversation queue here and seqs stay gap-free.
        const bumped = await tx
          .updateTable("conversations")
          .set((eb) => ({ last_seq: eb("last_seq", "+", 1) }))
          .where("id", "=", conversationId)
          .returning("last_seq")
          .executeTakeFirst();
        if (!bumped) throw new KefuError("CONVERSATION_NOT_FOUND", `conversation ${conversationId} not found`);
        if (clientMessageId) {
          // A racing retry may have committed while we waited for the lock.
          const stored = await findByClientId(ctx, tx, conversationId, clientMessageId);
          if (stored) {
            await tx
              .updateTable("conversations")
              .set((eb) => ({ last_seq: eb("last_seq", "-", 1) }))
              .where("id", "=", conversationId)
              .execute();
            return { message: stored, duplicate: true };
          }
        }
        const message = checked(
          Message,
          {
            ...input,
            id: `msg_${randomUUID().replaceAll("-", "")}`,
            seq: bumped.last_seq,
            createdAt: input.createdAt ?? new Date().toISOString(),
          },
          "message",
        );
        await tx
          .insertInto("messages")
          .values({
            id: message.id,
            conversation_id: conversationId,
            seq: message.seq,
            client_message_id: message.clientMessageId ?? null,
            created_at: message.createdAt,
            doc: sealDoc(ctx.cipher, "messages", message.id, message),
          })
          .execute();
        return { message, duplicate: false };
      });
    },
    async listSince(conversationId, afterSeq, limit = DEFAULT_LIST_LIMIT) {
      const rows = await ctx.db
        .selectFrom("messages")
        .select(["id", "doc"])
        .where("conversation_id", "=", conversationId)
        .where("seq", ">", afterSeq)
        .orderBy("seq")
        .limit(Math.min(Math.max(0, limit), MAX_LIST_LIMIT))
        .execute();
      return rows.map(parse);
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
