import type { ConversationRepository } from "../../../application/ports/conversation-repositories.js";
import { Conversation, ConversationStatus } from "../../../domain/conversation/conversation.js";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import type { ConversationRow } from "../database-schema.js";
import { checked, toDoc } from "../json-doc.js";
import { lockedSeqs } from "../locked-seqs.js";
import { countValue, pageWindow } from "../paging.js";
import { precompiled } from "../precompiled-query.js";
import { openDoc, sealDocText } from "../sealed-doc.js";
import type { StoreContext } from "../store-context.js";

function toRow(ctx: StoreContext, input: Conversation): { row: Omit<ConversationRow, "version">; json: string } {
  const conversation = checked(Conversation, input, "conversation");
  const json = toDoc(conversation);
  const row = {
    id: conversation.id,
    status: conversation.status,
    assignee_id: conversation.assigneeId ?? null,
    customer_id: conversation.verifiedCustomerId ?? null,
    created_at: conversation.createdAt,
    updated_at: conversation.updatedAt,
    last_seq: conversation.lastSeq,
    doc: sealDocText(ctx.cipher, "conversations", conversation.id, json),
  };
  return { row, json };
}

/** The written doc, as the next read of the row will find it (a copy: the caller keeps its own object). */
function rememberWritten(ctx: StoreContext, { row, json }: ReturnType<typeof toRow>): void {
  ctx.conversationDocs.remember(row, JSON.parse(json) as Conversation);
}

// A shopper turn's queries, compiled once (see precompiled-query.ts).
const selectForTurn = precompiled((db, p: { id: string }) =>
  db.selectFrom("conversations").select(["id", "doc", "last_seq", "version"]).where("id", "=", p.id),
);
const selectForTurnLocked = precompiled((db, p: { id: string }) =>
  db.selectFrom("conversations").select(["id", "doc", "last_seq", "version"]).where("id", "=", p.id).forUpdate(),
);
const selectVersion = precompiled((db, p: { id: string }) =>
  db.selectFrom("conversations").select(["version", "last_seq"]).where("id", "=", p.id),
);
const selectVersionLocked = precompiled((db, p: { id: string }) =>
  db.selectFrom("conversations").select(["version", "last_seq"]).where("id", "=", p.id).forUpdate(),
);
const selectStatus = precompiled((db, p: { id: string }) =>
  db.selectFrom("conversations").select("status").where("id", "=", p.id),
);
const updateConversation = precompiled((db, p: Omit<ConversationRow, "version" | "last_seq">) =>
  db
    .updateTable("conversations")
    .set((eb) => ({
      status: p.status,
      assignee_id: p.assignee_id,
      customer_id: p.customer_id,
      created_at: p.created_at,
      updated_at: p.updated_at,
      doc: p.doc,
      version: eb("version", "+", 1),
    }))
    .where("id", "=", p.id),
);

export function conversationRepository(ctx: StoreContext): ConversationRepository {
  // Inside a transaction PostgreSQL locks the row until commit; SQLite's BEGIN IMMEDIATE already holds the write lock.
  const locks = () => ctx.dialect === "postgres" && ctx.db.isTransaction;
  /** last_seq is the truth: appends move it without rewriting the doc. */
  const parse = (row: { id: string; doc: string; last_seq: number }): Conversation => ({
    ...ctx.conversationDocs.open(row, (r) => openDoc(ctx.cipher, Conversation, "conversations", r, "conversation")),
    lastSeq: row.last_seq,
  });
  return {
    async create(conversation) {
      const written = toRow(ctx, conversation);
      await ctx.db.insertInto("conversations").values(written.row).execute();
      rememberWritten(ctx, written);
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
      const query = locks() ? selectForTurnLocked : selectForTurn;
      const [row] = (await query(ctx.db, { id })).rows;
      if (row && locks()) lockedSeqs(ctx.db).set(id, row.last_seq);
      return row ? { conversation: parse(row), version: Number(row.version) } : undefined;
    },
    async lockVersion(id) {
      const query = locks() ? selectVersionLocked : selectVersion;
      const [row] = (await query(ctx.db, { id })).rows;
      if (row && locks()) lockedSeqs(ctx.db).set(id, row.last_seq);
      return row ? { version: Number(row.version), lastSeq: row.last_seq } : undefined;
    },
    async statusOf(id) {
      const [row] = (await selectStatus(ctx.db, { id })).rows;
      return row ? ConversationStatus.parse(row.status) : undefined;
    },
    async update(conversation) {
      const written = toRow(ctx, conversation);
      const { last_seq: _ignored, ...row } = written.row;
      const result = await updateConversation(ctx.db, row);
      if (Number(result.numAffectedRows) !== 1) {
        throw new KefuError("CONVERSATION_NOT_FOUND", `conversation ${row.id} not found`);
      }
      rememberWritten(ctx, written);
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
