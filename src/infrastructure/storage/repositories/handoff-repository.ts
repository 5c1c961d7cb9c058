import type { HandoffRepository } from "../../../application/ports/conversation-repositories.js";
import { Handoff } from "../../../domain/conversation/handoff.js";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import type { HandoffRow } from "../database-schema.js";
import { checked } from "../json-doc.js";
import { openDoc, sealDoc } from "../sealed-doc.js";
import type { StoreContext } from "../store-context.js";

function toRow(ctx: StoreContext, input: Handoff): HandoffRow {
  const handoff = checked(Handoff, input, "handoff");
  return {
    id: handoff.id,
    conversation_id: handoff.conversationId,
    status: handoff.status,
    priority: handoff.priority,
    created_at: handoff.createdAt,
    doc: sealDoc(ctx.cipher, "handoffs", handoff.id, handoff),
  };
}

export function handoffRepository(ctx: StoreContext): HandoffRepository {
  const parse = (row: { id: string; doc: string }) => openDoc(ctx.cipher, Handoff, "handoffs", row, "handoff");
  const select = () => ctx.db.selectFrom("handoffs").select(["id", "doc"]);
  return {
    async create(handoff) {
      await ctx.db.insertInto("handoffs").values(toRow(ctx, handoff)).execute();
    },
    async get(id) {
      const row = await select().where("id", "=", id).executeTakeFirst();
      return row ? parse(row) : undefined;
    },
    async update(handoff) {
      const { id, ...rest } = toRow(ctx, handoff);
      const result = await ctx.db.updateTable("handoffs").set(rest).where("id", "=", id).executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) throw new KefuError("NOT_FOUND", `handoff ${id} not found`);
    },
    async listOpen() {
      // Queue order: most urgent first, then oldest first.
      const rows = await select()
        .where("status", "!=", "resolved")
        .orderBy("priority", "desc")
        .orderBy("created_at")
        .orderBy("id")
        .execute();
      return rows.map(parse);
    },
    async listByConversation(conversationId) {
      const rows = await select()
        .where("conversation_id", "=", conversationId)
        .orderBy("created_at")
        .orderBy("id")
        .execute();
      return rows.map(parse);
    },
    async listBetween(since, until) {
      const rows = await select()
        .where("created_at", ">=", since)
        .where("created_at", "<", until)
        .orderBy("created_at")
        .orderBy("id")
        .execute();
      return rows.map(parse);
    },
  };
}
