import { describe, expect, it } from "vitest";
import type { Review } from "../../../../src/domain/insights/review.js";
import { at, job } from "../store-fixtures.js";
import type { ContractContext } from "./contract-context.js";

const review = (id: string, minute: number, overrides: Partial<Review> = {}): Review => ({
  id,
  productId: "p1",
  category: "home",
  rating: 4,
  text: "nice chair",
  createdAt: at(minute),
  ...overrides,
});

export function insightContract(ctx: ContractContext): void {
  describe("reviews", () => {
    it("upserts, reads, lists by product, category and time, and returns all", async () => {
      const s = ctx.store();
      await s.reviews.upsert(review("r1", 1));
      await s.reviews.upsert(review("r2", 2, { productId: "p2", category: "apparel" }));
      await s.reviews.upsert(review("r3", 3, { productId: undefined }));
      await s.reviews.upsert(review("r1", 1, { sentiment: 0.8, aspects: { quality: 1 } }));
      expect(await s.reviews.get("r1")).toEqual(review("r1", 1, { sentiment: 0.8, aspects: { quality: 1 } }));
      expect(await s.reviews.get("nope")).toBeUndefined();
      expect((await s.reviews.list({ productId: "p1" })).items.map((r) => r.id)).toEqual(["r1"]);
      expect((await s.reviews.list({ category: "home" })).items.map((r) => r.id)).toEqual(["r3", "r1"]);
      expect((await s.reviews.list({ since: at(2), limit: 1 })).total).toBe(2);
      expect((await s.reviews.all()).map((r) => r.id)).toEqual(["r1", "r2", "r3"]);
    });
  });

  describe("jobs", () => {
    it("enqueues once per id and per dedupe key", async () => {
      const s = ctx.store();
      expect(await s.jobs.enqueue(job("j1", { dedupeKey: "followup:o1" }))).toBe(true);
      expect(await s.jobs.enqueue(job("j2", { dedupeKey: "followup:o1" }))).toBe(false);
      expect(await s.jobs.enqueue(job("j1"))).toBe(false);
      expect(await s.jobs.enqueue(job("j3"))).toBe(true);
      expect(await s.jobs.enqueue(job("j4"))).toBe(true);
      const listed = await s.jobs.list({});
      expect(listed.total).toBe(3);
      expect(listed.items[0]).toEqual(job("j1", { dedupeKey: "followup:o1" }));
    });

    it("claims due jobs with a lease, counts the attempt, completes and fails them", async () => {
      const s = ctx.store();
      await s.jobs.enqueue(job("j1", { runAt: at(1) }));
      await s.jobs.enqueue(job("j2", { runAt: at(2), type: "reviews.analyze" }));
      await s.jobs.enqueue(job("later", { runAt: at(100) }));
      const claimed = await s.jobs.claimDue(at(5), at(10), 10);
      expect(claimed.map((j) => j.id)).toEqual(["j1", "j2"]);
      expect(claimed[0]).toMatchObject({ status: "running", lockedUntil: at(10), attempts: 1 });
      expect(await s.jobs.claimDue(at(6), at(11), 10)).toEqual([]);
      await s.jobs.complete("j1");
      await s.jobs.fail("j2", "boom", at(20));
      expect((await s.jobs.list({ status: "done" })).items.map((j) => j.id)).toEqual(["j1"]);
      expect((await s.jobs.list({ type: "reviews.analyze" })).items[0]).toMatchObject({
        status: "queued",
        runAt: at(20),
        lastError: "boom",
        attempts: 1,
      });
      const retried = await s.jobs.claimDue(at(20), at(30), 10);
      expect(retried).toMatchObject([{ id: "j2", attempts: 2 }]);
      await s.jobs.fail("j2", "boom again", undefined);
      expect((await s.jobs.list({ status: "failed" })).items).toMatchObject([{ id: "j2", lastError: "boom again" }]);
    });

    it("prunes finished jobs created before a time, never queued or running ones", async () => {
      const s = ctx.store();
      for (const [id, minute] of [
        ["old-done", 1],
        ["old-failed", 2],
        ["old-queued", 3],
        ["old-running", 4],
        ["new-done", 50],
      ] as const) {
        await s.jobs.enqueue(job(id, { createdAt: at(minute), runAt: at(minute) }));
      }
      await s.jobs.claimDue(at(60), at(600), 10);
      await s.jobs.complete("old-done");
      await s.jobs.fail("old-failed", "gave up", undefined);
      await s.jobs.fail("old-queued", "retry", at(700));
      await s.jobs.complete("new-done");
      expect(await s.jobs.pruneFinished(at(10))).toBe(2);
      expect((await s.jobs.list({})).items.map((j) => j.id).sort()).toEqual(["new-done", "old-queued", "old-running"]);
      expect(await s.jobs.pruneFinished(at(10))).toBe(0);
    });

    it("hands a job whose lease expired to the next claimer", async () => {
      const s = ctx.store();
      await s.jobs.enqueue(job("j1"));
      expect(await s.jobs.claimDue(at(1), at(5), 1)).toHaveLength(1);
      expect(await s.jobs.claimDue(at(4), at(9), 1)).toHaveLength(0);
      expect(await s.jobs.claimDue(at(6), at(9), 1)).toMatchObject([{ id: "j1", attempts: 2, lockedUntil: at(9) }]);
    });

    it("never hands one job to two concurrent claimers", async () => {
      const s = ctx.store();
      const other = await ctx.openAnother();
      await s.transaction(async (tx) => {
        for (let i = 0; i < 40; i++) await tx.jobs.enqueue(job(`j${String(i).padStart(2, "0")}`));
      });
      const claimers = [s, other, s, other].map(async (store) => {
        const mine: string[] = [];
        for (;;) {
          const batch = await store.jobs.claimDue(at(1), at(60), 3);
          if (batch.length === 0) return mine;
          mine.push(...batch.map((j) => j.id));
        }
      });
      const claimed = (await Promise.all(claimers)).flat();
      expect(claimed).toHaveLength(40);
      expect(new Set(claimed).size).toBe(40);
    });
  });
}
