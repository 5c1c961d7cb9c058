import type { IdempotencyRepository } from "../../../application/ports/admin-repositories.js";
import type { StoreContext } from "../store-context.js";

export function idempotencyRepository(ctx: StoreContext): IdempotencyRepository {
  return {
    async get(scope, key) {
      const row = await ctx.db
        .selectFrom("idempotency_records")
        .selectAll()
        .where("scope", "=", scope)
        .where("key", "=", key)
        .executeTakeFirst();
      if (!row) return undefined;
      return {
        scope: row.scope,
        key: row.key,
        requestHash: row.request_hash,
        statusCode: row.status_code,
        responseBody: row.response_body,
        createdAt: row.created_at,
        expiresAt: row.expires_at ?? row.created_at,
      };
    },
    async put(record) {
      // The primary key decides races: exactly one concurrent put wins.
      const result = await ctx.db
        .insertInto("idempotency_records")
        .values({
          scope: record.scope,
          key: record.key,
          request_hash: record.requestHash,
          status_code: record.statusCode,
          response_body: record.responseBody,
          created_at: record.createdAt,
          expires_at: record.expiresAt,
        })
        .onConflict((oc) => oc.columns(["scope", "key"]).doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
    },
    async finish(record) {
      await ctx.db
        .updateTable("idempotency_records")
        .set({
          status_code: record.statusCode,
          response_body: record.responseBody,
          request_hash: record.requestHash,
          expires_at: record.expiresAt,
        })
        .where("scope", "=", record.scope)
        .where("key", "=", record.key)
        .execute();
    },
    async release(scope, key, createdAt) {
      await ctx.db
        .deleteFrom("idempotency_records")
        .where("scope", "=", scope)
        .where("key", "=", key)
        .where("status_code", "=", 0)
        .where("created_at", "=", createdAt)
        .execute();
    },
    async deleteExpired(nowIso) {
      const result = await ctx.db
        .deleteFrom("idempotency_records")
        .where((eb) => eb.or([eb("expires_at", "<=", nowIso), eb("expires_at", "is", null)]))
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
