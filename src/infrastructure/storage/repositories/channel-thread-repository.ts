import type { ChannelThreadRepository } from "../../../application/ports/channel-repositories.js";
import { ChannelThread } from "../../../domain/channels/channel-thread.js";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import { checked, fromDoc, toDoc } from "../json-doc.js";
import type { StoreContext } from "../store-context.js";

const parse = (row: { doc: string }) => fromDoc(ChannelThread, row.doc, "channel thread");

export function channelThreadRepository(ctx: StoreContext): ChannelThreadRepository {
  return {
    async get(conversationId) {
      const row = await ctx.db
        .selectFrom("channel_threads")
        .select("doc")
        .where("conversation_id", "=", conversationId)
        .executeTakeFirst();
      return row ? parse(row) : undefined;
    },
    async create(input) {
      const thread = checked(ChannelThread, input, "channel thread");
      await ctx.db
        .insertInto("channel_threads")
        .values({
          conversation_id: thread.conversationId,
          channel: thread.channel,
          last_sent_seq: thread.lastSentSeq,
          doc: toDoc(thread),
        })
        .execute();
    },
    async update(input) {
      const thread = checked(ChannelThread, input, "channel thread");
      const result = await ctx.db
        .updateTable("channel_threads")
        .set({ last_sent_seq: thread.lastSentSeq, doc: toDoc(thread) })
        .where("conversation_id", "=", thread.conversationId)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) {
        throw new KefuError("NOT_FOUND", `channel thread ${thread.conversationId} not found`);
      }
    },
    async link(channel, externalId, conversationId) {
      const result = await ctx.db
        .insertInto("channel_message_links")
        .values({ channel, external_id: externalId, conversation_id: conversationId })
        .onConflict((oc) => oc.columns(["channel", "external_id"]).doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
    },
    async findConversation(channel, externalIds) {
      if (externalIds.length === 0) return undefined;
      const rows = await ctx.db
        .selectFrom("channel_message_links")
        .select(["external_id", "conversation_id"])
        .where("channel", "=", channel)
        .where("external_id", "in", [...externalIds])
        .execute();
      const byId = new Map(rows.map((r) => [r.external_id, r.conversation_id]));
      for (const id of externalIds) {
        const found = byId.get(id);
        if (found) return found;
      }
      return undefined;
    },
    async listBehind(channel, limit) {
      const rows = await ctx.db
        .selectFrom("channel_threads as t")
        .innerJoin("conversations as c", "c.id", "t.conversation_id")
        .select("t.doc")
        .where("t.channel", "=", channel)
        .whereRef("c.last_seq", ">", "t.last_sent_seq")
        .limit(limit)
        .execute();
      return rows.map(parse);
    },
  };
}
