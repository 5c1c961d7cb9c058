import type { ConversationRepository } from "../../../application/ports/conversation-repositories.js";
import { Conversation, ConversationStatus } from "../../../domain/conversation/conversation.js";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import type { ConversationRow } from "../database-schema.js";
import { checked } from "../json-doc.js";
import { countValue, pageWindow } from "../paging.js";
import { openDoc, sealDoc } from "../sealed-doc.js";
import type { StoreContext } from "../store-context.js";

function toRow(ctx: StoreContext, input: Conversation): Omit<ConversationRow, "version"> {
  const conversation = checked(Conversation, input, "conversation");
  return {
    id: conversation.id,
    status: conversation.status,
    assignee_id: conversation.assigneeId ?? null,
    customer_id: conversation.verifiedCustomerId ?? null,
    created_at: conversation.createdAt,
    updated_at: conversation.updatedAt,
    last_seq: conversation.lastSeq,
    doc: sealDoc(ctx.cipher, "conversations", conversation.id, conversation),
  };
}

export function conversationRepository(ctx: StoreContext): ConversationRepository {
  /** last_seq is the truth: appends move it without rewriting the doc. */
  const parse = (row: { id: string; doc: string; last_seq: number }) => ({
    ...openDoc(ctx.cipher, Conversation, "conversations", row, "conversation"),
    lastSeq: row.last_seq,
  });
  return {
    async create(conversation) {
      await ctx.db.insertInto("conversations").values(toRow(ctx, conversation)).execute();
    },
    async get(id) {
      const row = await ctx.db
        .selectFrom("conversations")
        .select(["id", "doc", "last_seq"])
        .where("id", "=", id)
        .executeTakeFirst();
      return row ? parse(row) : undefined;
    },
    async getForTurn(id) {
      let query = ctx.db.selectFrom("conversations").select(["id", "doc", "last_seq", "version"]).where("id", "=", id);
      // Inside a transaction PostgreSQL locks the row until commit; SQLite's BEGIN IMMEDIATE already holds the write lock.
      if (ctx.dialect === "postgres" && ctx.db.isTransaction) query = query.forUpdate();
      const row = await query.executeTakeFirst();
      return row ? { conversation: parse(row), version: Number(row.version) } : undefined;
    },
    async lockVersion(id) {
      let query = ctx.db.selectFrom("conversations").select(["version", "last_seq"]).where("id", "=", id);
      if (ctx.dialect === "postgres" && ctx.db.isTransaction) query = query.forUpdate();
      const row = await query.executeTakeFirst();
      return row ? { version: Number(row.version), lastSeq: row.last_seq } : undefined;
    },
    async statusOf(id) {
      const row = await ctx.db.selectFrom("conversations").select("status").where("id", "=", id).executeTakeFirst();
      return row ? ConversationStatus.parse(row.status) : undefined;
    },
    async update(conversation) {
      const { id, last_seq: _ignored, ...rest } = toRow(ctx, conversation);
      const result = await ctx.db
        .updateTable("conversations")
        .set((eb) => ({ ...rest, version: eb("version", "+", 1) }))
        .where("id", "=", id)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) {
        throw new KefuError("CONVERSATION_NOT_FOUND", `conversation ${id} not found`);
      }
    },
    async list(filter) {
      const { offset, limit } = pageWindow(filter);
      let query = ctx.db.selectFrom("conversations");
      if (filter.status) query = query.where("status", "=", filter.status);
      if (filter.assigneeId) query = query.where("assignee_id", "=", filter.assigneeId);
      if (filter.customerId) query = query.where("customer_id", "=", filter.customerId);
      if (filter.since) query = query.where("created_at", ">=", filter.since);
      if (filter.until) query = query.where("created_at", "<", filter.until);
      const count = await query.select((eb) => eb.fn.countAll().as("n")).executeTakeFirst();
      const after = filter.after;
      const paged = after
        ? query.where((eb) =>
            eb.or([
              eb("updated_at", "<", after.updatedAt),
              eb.and([eb("updated_at", "=", after.updatedAt), eb("id", "<", after.id)]),
            ]),
          )
        : query;
      const rows = await paged
        .select(["id", "doc", "last_seq"])
        .orderBy("updated_at", "desc")
        .orderBy("id", "desc")
        .limit(limit)
        .offset(offset)
        .execute();
      return { items: rows.map(parse), total: countValue(count) };
    },
  };
}
