import { createHash } from "node:crypto";
import type { Review } from "../../../domain/insights/review.js";
import type { JobQueue } from "../../ports/job-queue.js";
import type { Store } from "../../ports/store.js";
import { REVIEW_ANALYSIS_JOB } from "./register-review-analysis-job.js";
import type { ImportedReview } from "./review-rows.js";

/** What an import changed and what it queued for analysis. */
export interface ReviewImportResult {
  /** Valid reviews received (after merging repeats of one id: the last wins). */
  received: number;
  created: number;
  updated: number;
  /** Already stored with the same content and analysed: left alone. */
  unchanged: number;
  /** Reviews handed to the analysis job (created, updated, or stored but not analysed yet). */
  toAnalyze: number;
  /** False when nothing needed analysis or the same analysis job was already queued. */
  analysisQueued: boolean;
}

/** The fields an import sets; analysis results are not part of it. */
function sameContent(a: Review, b: Review): boolean {
  const keys = ["text", "productId", "orderId", "customerId", "category", "rating", "createdAt"] as const;
  return keys.every((k) => a[k] === b[k]);
}

/**
 * Stores imported reviews and queues their sentiment/aspect analysis as one job. Idempotent:
 * a review already stored with the same content and analysed is skipped, and the job's dedupe
 * key is the hash of what it analyses, so resending an import queues nothing new.
 */
export async function importReviews(
  deps: { store: Store; queue: JobQueue; clock: { nowIso(): string } },
  input: { reviews: readonly Pick<ImportedReview, "review" | "undated">[] },
): Promise<ReviewImportResult> {
  const byId = new Map(input.reviews.map((r) => [r.review.id, r]));
  const result: ReviewImportResult = {
    received: byId.size,
    created: 0,
    updated: 0,
    unchanged: 0,
    toAnalyze: 0,
    analysisQueued: false,
  };
  const pending: Review[] = [];
  await deps.store.transaction(async (tx) => {
    for (const item of byId.values()) {
      const stored = await tx.reviews.get(item.review.id);
      // A row without a date is dated by its first import, so resending it is no change.
      const review = stored && item.undated ? { ...item.review, createdAt: stored.createdAt } : item.review;
      if (stored && sameContent(stored, review)) {
        if (stored.sentiment === undefined) pending.push(stored);
        else result.unchanged++;
        continue;
      }
      // New or changed text: drop any old analysis, the job computes it afresh.
      const { sentiment: _s, aspects: _a, ...fresh } = review;
      await tx.reviews.upsert(fresh);
      if (stored) result.updated++;
      else result.created++;
      pending.push(fresh);
    }
  });
  result.toAnalyze = pending.length;
  if (pending.length === 0) return result;
  const ids = pending.map((r) => r.id).sort();
  const digest = createHash("sha1");
  for (const r of [...pending].sort((a, b) => a.id.localeCompare(b.id))) digest.update(`${r.id}\n${r.text}\n`);
  result.analysisQueued = await deps.queue.schedule({
    type: REVIEW_ANALYSIS_JOB,
    payload: { reviewIds: ids },
    runAt: deps.clock.nowIso(),
    dedupeKey: `${REVIEW_ANALYSIS_JOB}:${digest.digest("hex").slice(0, 24)}`,
  });
  return result;
}
