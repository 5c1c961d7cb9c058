import { z } from "zod";
import type { JobRecord, JobRepository } from "../../../application/ports/insight-repositories.js";
import type { JobRow } from "../database-schema.js";
import { fromDoc, toDoc } from "../json-doc.js";
import { countValue, pageWindow } from "../paging.js";
import type { StoreContext } from "../store-context.js";

const JobStatus = z.enum(["queued", "running", "done", "failed", "cancelled"]);
const JobPayload = z.record(z.string(), z.unknown());

function fromRow(row: JobRow): JobRecord {
  return {
    id: row.id,
    type: row.type,
    payload: fromDoc(JobPayload, row.payload, "job payload"),
    runAt: row.run_at,
    status: JobStatus.parse(row.status),
    attempts: row.attempts,
    ...(row.locked_until ? { lockedUntil: row.locked_until } : {}),
    ...(row.last_error ? { lastError: row.last_error } : {}),
    ...(row.dedupe_key ? { dedupeKey: row.dedupe_key } : {}),
    createdAt: row.created_at,
  };
}

export function jobRepository(ctx: StoreContext): JobRepository {
  return {
    async enqueue(job) {
      // Both the id and the dedupe key are unique: a second enqueue of either is a no-op.
      const result = await ctx.db
        .insertInto("jobs")
        .values({
          id: job.id,
          type: job.type,
          status: job.status,
          run_at: job.runAt,
          attempts: job.attempts,
          locked_until: job.lockedUntil ?? null,
          last_error: job.lastError ?? null,
          dedupe_key: job.dedupeKey ?? null,
          payload: toDoc(job.payload),
          created_at: job.createdAt,
        })
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
    },
    async claimDue(now, lockedUntil, limit) {
      // Queued jobs that are due, and running jobs whose lease expired (their runner died).
      let due = ctx.db
        .selectFrom("jobs")
        .select("id")
        .where((eb) =>
          eb.or([
            eb.and([eb("status", "=", "queued"), eb("run_at", "<=", now)]),
            eb.and([eb("status", "=", "running"), eb("locked_until", "<", now)]),
          ]),
        )
        .orderBy("run_at")
        .orderBy("id")
        .limit(Math.max(0, limit));
      // PostgreSQL: concurrent claimers skip each other's rows; SQLite serialises writers anyway.
      if (ctx.dialect === "postgres") due = due.forUpdate().skipLocked();
      const rows = await ctx.db
        .updateTable("jobs")
        .set((eb) => ({ status: "running", locked_until: lockedUntil, attempts: eb("attempts", "+", 1) }))
        .where("id", "in", due)
        .returningAll()
        .execute();
      return rows.map(fromRow).sort((a, b) => a.runAt.localeCompare(b.runAt) || a.id.localeCompare(b.id));
    },
    async complete(id) {
      await ctx.db.updateTable("jobs").set({ status: "done", locked_until: null }).where("id", "=", id).execute();
    },
    async fail(id, error, retryAt) {
      // With a retry time the job goes back to the queue; without one it has failed for good.
      await ctx.db
        .updateTable("jobs")
        .set(
          retryAt
            ? { status: "queued", run_at: retryAt, locked_until: null, last_error: error }
            : { status: "failed", locked_until: null, last_error: error },
        )
        .where("id", "=", id)
        .execute();
    },
    async list(filter) {
      const { offset, limit } = pageWindow(filter);
      let query = ctx.db.selectFrom("jobs");
      if (filter.status) query = query.where("status", "=", filter.status);
      if (filter.type) query = query.where("type", "=", filter.type);
      const count = await query.select((eb) => eb.fn.countAll().as("n")).executeTakeFirst();
      const rows = await query.selectAll().orderBy("run_at").orderBy("id").limit(limit).offset(offset).execute();
      return { items: rows.map(fromRow), total: countValue(count) };
    },
    async pruneFinished(before) {
      const result = await ctx.db
        .deleteFrom("jobs")
        .where("status", "in", ["done", "failed", "cancelled"])
        .where("created_at", "<", before)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
