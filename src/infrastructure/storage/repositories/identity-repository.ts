import { randomUUID } from "node:crypto";
import type { IdentityChallenge, IdentityRepository } from "../../../application/ports/identity-repositories.js";
import type { IdentityChallengeRow } from "../database-schema.js";
import type { StoreContext } from "../store-context.js";

function toChallenge(row: IdentityChallengeRow): IdentityChallenge {
  return {
    id: row.id,
    conversationId: row.conversation_id,
    customerId: row.customer_id,
    channel: row.channel === "sms" ? "sms" : "email",
    codeHash: row.code_hash,
    attempts: Number(row.attempts),
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    consumedAt: row.consumed_at,
  };
}

export function identityRepository(ctx: StoreContext): IdentityRepository {
  return {
    async recordFailure(keys, at) {
      if (keys.length === 0) return;
      await ctx.db
        .insertInto("identity_failures")
        .values(keys.map((scope_key) => ({ id: `idf_${randomUUID().replaceAll("-", "")}`, scope_key, at })))
        .execute();
    },
    async countFailures(keys, since) {
      const counts = new Map<string, number>();
      if (keys.length === 0) return counts;
      const rows = await ctx.db
        .selectFrom("identity_failures")
        .select((eb) => ["scope_key", eb.fn.countAll().as("n")])
        .where("scope_key", "in", [...keys])
        .where("at", ">=", since)
        .groupBy("scope_key")
        .execute();
      for (const row of rows) counts.set(row.scope_key, Number(row.n));
      return counts;
    },
    async clearFailures(keys) {
      if (keys.length === 0) return;
      await ctx.db
        .deleteFrom("identity_failures")
        .where("scope_key", "in", [...keys])
        .execute();
    },
    async prune(before) {
      await ctx.db.deleteFrom("identity_failures").where("at", "<", before).execute();
      await ctx.db.deleteFrom("identity_challenges").where("expires_at", "<", before).execute();
    },
    async createChallenge(c) {
      await ctx.db
        .insertInto("identity_challenges")
        .values({
          id: c.id,
          conversation_id: c.conversationId,
          customer_id: c.customerId,
          channel: c.channel,
          code_hash: c.codeHash,
          attempts: c.attempts,
          created_at: c.createdAt,
          expires_at: c.expiresAt,
          consumed_at: c.consumedAt,
        })
        .execute();
    },
    async latestChallenge(conversationId) {
      const row = await ctx.db
        .selectFrom("identity_challenges")
        .selectAll()
        .where("conversation_id", "=", conversationId)
        .orderBy("created_at", "desc")
        .orderBy("id", "desc")
        .limit(1)
        .executeTakeFirst();
      return row ? toChallenge(row) : undefined;
    },
    async latestChallengeForCustomer(customerId) {
      const row = await ctx.db
        .selectFrom("identity_challenges")
        .selectAll()
        .where("customer_id", "=", customerId)
        .orderBy("created_at", "desc")
        .orderBy("id", "desc")
        .limit(1)
        .executeTakeFirst();
      return row ? toChallenge(row) : undefined;
    },
    async addAttempt(id) {
      await ctx.db
        .updateTable("identity_challenges")
        .set((eb) => ({ attempts: eb("attempts", "+", 1) }))
        .where("id", "=", id)
        .execute();
      const row = await ctx.db
        .selectFrom("identity_challenges")
        .select("attempts")
        .where("id", "=", id)
        .executeTakeFirst();
      return Number(row?.attempts ?? 0);
    },
    async consume(id, at) {
      await ctx.db
        .updateTable("identity_challenges")
        .set({ consumed_at: at })
        .where("id", "=", id)
        .where("consumed_at", "is", null)
        .execute();
    },
  };
}
