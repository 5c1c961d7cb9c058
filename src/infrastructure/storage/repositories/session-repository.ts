import type { SessionRepository } from "../../../application/ports/admin-repositories.js";
import type { StoreContext } from "../store-context.js";

export function sessionRepository(ctx: StoreContext): SessionRepository {
  return {
    async create(session) {
      await ctx.db
        .insertInto("sessions")
        .values({
          token_hash: session.tokenHash,
          user_id: session.userId,
          expires_at: session.expiresAt,
          created_at: session.createdAt,
        })
        .execute();
    },
    async get(tokenHash) {
      const row = await ctx.db
        .selectFrom("sessions")
        .selectAll()
        .where("token_hash", "=", tokenHash)
        .executeTakeFirst();
      if (!row) return undefined;
      return { tokenHash: row.token_hash, userId: row.user_id, expiresAt: row.expires_at, createdAt: row.created_at };
    },
    async delete(tokenHash) {
      await ctx.db.deleteFrom("sessions").where("token_hash", "=", tokenHash).execute();
    },
    async deleteByUser(userId) {
      const result = await ctx.db.deleteFrom("sessions").where("user_id", "=", userId).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
    async deleteExpired(nowIso) {
      const result = await ctx.db.deleteFrom("sessions").where("expires_at", "<=", nowIso).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
