import type { Review } from "../../domain/insights/review.js";
import type { Page, PageRequest } from "./page.js";

export interface ReviewRepository {
  upsert(review: Review): Promise<void>;
  get(id: string): Promise<Review | undefined>;
  list(filter: { productId?: string; category?: string; since?: string } & PageRequest): Promise<Page<Review>>;
  all(): Promise<Review[]>;
}

/** A persisted background job; the in-process runner claims due jobs with a lease. */
export interface JobRecord {
  id: string;
  /** Handler name, e.g. followup.send. */
  type: string;
  payload: Record<string, unknown>;
  runAt: string;
  status: "queued" | "running" | "done" | "failed" | "cancelled";
  attempts: number;
  /** Lease expiry while running; an expired lease means the runner died and the job is due again. */
  lockedUntil?: string;
  lastError?: string;
  /** Natural key so scheduling the same job twice is a no-op. */
  dedupeKey?: string;
  createdAt: string;
}

export interface JobRepository {
  /** Returns false when a job with the same dedupeKey exists. */
  enqueue(job: JobRecord): Promise<boolean>;
  /** Atomically marks up to `limit` due jobs running with a lease until `lockedUntil`. */
  claimDue(now: string, lockedUntil: string, limit: number): Promise<JobRecord[]>;
  complete(id: string): Promise<void>;
  fail(id: string, error: string, retryAt: string | undefined): Promise<void>;
  list(filter: { status?: JobRecord["status"]; type?: string } & PageRequest): Promise<Page<JobRecord>>;
  /** Deletes jobs that are over (done, failed for good, cancelled) and were created before `before`; how many. */
  pruneFinished(before: string): Promise<number>;
}
