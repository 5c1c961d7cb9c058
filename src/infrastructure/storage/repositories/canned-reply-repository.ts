import { z } from "zod";
import type { CannedReplyRepository } from "../../../application/ports/canned-reply-repository.js";
import { CannedAction, CannedReply } from "../../../domain/canned/canned-reply.js";
import type { CannedReplyRow } from "../database-schema.js";
import { checked, fromDoc } from "../json-doc.js";
import type { StoreContext } from "../store-context.js";

const Actions = z.array(CannedAction);

function fromRow(row: CannedReplyRow): CannedReply {
  return checked(
    CannedReply,
    {
      id: row.id,
      locale: row.locale,
      shortcut: row.shortcut,
      title: row.title,
      body: row.body,
      actions: fromDoc(Actions, row.actions, "canned reply actions"),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    },
    "stored canned reply",
  );
}

export function cannedReplyRepository(ctx: StoreContext): CannedReplyRepository {
  const table = () => ctx.db.selectFrom("canned_replies").selectAll();
  return {
    async list(locale) {
      let query = table();
      if (locale) query = query.where("locale", "=", locale);
      const rows = await query.orderBy("locale").orderBy("shortcut").execute();
      return rows.map(fromRow);
    },
    async get(id) {
      const row = await table().where("id", "=", id).executeTakeFirst();
      return row ? fromRow(row) : undefined;
    },
    async findByShortcut(locale, shortcut) {
      const row = await table().where("locale", "=", locale).where("shortcut", "=", shortcut).executeTakeFirst();
      return row ? fromRow(row) : undefined;
    },
    async upsert(input) {
      const reply = checked(CannedReply, input, "canned reply");
      const values = {
        locale: reply.locale,
        shortcut: reply.shortcut,
        title: reply.title,
        body: reply.body,
        actions: JSON.stringify(reply.actions),
        updated_at: reply.updatedAt,
      };
      await ctx.db
        .insertInto("canned_replies")
        .values({ id: reply.id, created_at: reply.createdAt, ...values })
        .onConflict((oc) => oc.column("id").doUpdateSet(values))
        .execute();
    },
    async delete(id) {
      const result = await ctx.db.deleteFrom("canned_replies").where("id", "=", id).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };
}
