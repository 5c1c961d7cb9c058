import { randomUUID } from "node:crypto";
import type { Clock } from "../../application/ports/clock.js";
import type { JobRecord, JobRepository } from "../../application/ports/insight-repositories.js";
import type { JobQueue } from "../../application/ports/job-queue.js";
import type { Logger } from "../../application/ports/logger.js";
import { retryDelayMs } from "./retry-backoff.js";

export interface LocalJobQueueOptions {
  /** How often to look for due jobs (default 1 s). */
  pollIntervalMs?: number;
  /** How long a claimed job stays ours; a runner that dies lets it expire and another runs the job (default 5 min). */
  leaseMs?: number;
  /** Jobs claimed per poll (default 5). */
  batchSize?: number;
  /** Attempts before a job is marked failed for good (default 5). */
  maxAttempts?: number;
  /** First retry delay; doubles on every further attempt (default 30 s). */
  backoffMs?: number;
  /** How long stop() waits for running jobs before giving up on them (default 30 s). */
  stopTimeoutMs?: number;
  /** How long finished jobs (done, failed for good, cancelled) are kept for inspection (default 30 days, as BullMQ's). */
  keepFinishedMs?: number;
}

/** Finished jobs are pruned at most this often: a poll every second (IMAP, follow-ups) would add ~86k rows a day. */
const PRUNE_EVERY_MS = 3_600_000;

/** The in-process queue plus a hook to run one polling round now (tests, CLI). */
export interface LocalJobQueue extends JobQueue {
  /** Claims and runs the jobs due now; returns how many ran. */
  runDueOnce(): Promise<number>;
  /** Runs due jobs until none is left (a job that comes due meanwhile runs too): how many ran. */
  drainDue(): Promise<number>;
}

type Handler = (payload: Record<string, unknown>) => Promise<void>;

/**
 * Runs jobs in this process from the jobs table. Claiming takes a lease in the same statement,
 * so two runners never hold one job; stop() lets running jobs finish and records them, so a
 * restart never runs them again; a runner that dies mid-job leaves an expiring lease, so the
 * job is not lost.
 */
export function createLocalJobQueue(
  jobs: JobRepository,
  clock: Clock,
  logger: Logger,
  options: LocalJobQueueOptions = {},
): LocalJobQueue {
  const handlers = new Map<string, Handler>();
  const running = new Set<Promise<void>>();
  const log = logger.child({ component: "job-queue" });
  let timer: NodeJS.Timeout | undefined;
  let started = false;
  let polling: Promise<number> | undefined;
  let prunedAt = Number.NEGATIVE_INFINITY;

  const pruneIfDue = async (): Promise<void> => {
    const now = clock.now().getTime();
    if (now - prunedAt < PRUNE_EVERY_MS) return;
    prunedAt = now;
    const before = new Date(now - (options.keepFinishedMs ?? 30 * 86_400_000)).toISOString();
    const pruned = await jobs.pruneFinished(before);
    if (pruned > 0) log.info({ pruned, before }, "finished jobs pruned");
  };

  const runJob = async (job: JobRecord): Promise<void> => {
    const handler = handlers.get(job.type);
    try {
      if (!handler) throw new Error(`no handler for job type ${job.type}`);
      await handler(job.payload);
      await jobs.complete(job.id);
      log.info({ jobId: job.id, type: job.type }, "job done");
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // Claiming may or may not count the attempt; never trust a count below one after a run.
      const attempt = Math.max(job.attempts, 1);
      const giveUp = attempt >= (options.maxAttempts ?? 5);
      const retryAt = giveUp
        ? undefined
        : new Date(clock.now().getTime() + retryDelayMs(attempt, options.backoffMs ?? 30_000)).toISOString();
      await jobs.fail(job.id, message, retryAt);
      log.warn({ jobId: job.id, type: job.type, attempt, retryAt, error: message }, "job failed");
    }
  };

  const runDueOnce = async (): Promise<number> => {
    const now = clock.now();
    const leaseUntil = new Date(now.getTime() + (options.leaseMs ?? 300_000)).toISOString();
    const due = await jobs.claimDue(now.toISOString(), leaseUntil, options.batchSize ?? 5);
    for (const job of due) {
      const run = runJob(job);
      running.add(run);
      try {
        await run;
      } finally {
        running.delete(run);
      }
    }
    return due.length;
  };

  const tick = async (): Promise<void> => {
    if (!started) return;
    try {
      await pruneIfDue();
      polling = runDueOnce();
      const ran = await polling;
      // Keep draining without waiting while there is a backlog.
      if (started) timer = setTimeout(() => void tick(), ran > 0 ? 0 : (options.pollIntervalMs ?? 1000));
    } catch (error) {
      log.error({ error: error instanceof Error ? error.message : String(error) }, "job polling failed");
      if (started) timer = setTimeout(() => void tick(), options.pollIntervalMs ?? 1000);
    } finally {
      polling = undefined;
    }
    timer?.unref();
  };

  return {
    async schedule(job) {
      return jobs.enqueue({
        id: `job_${randomUUID()}`,
        type: job.type,
        payload: job.payload,
        runAt: new Date(job.runAt).toISOString(),
        status: "queued",
        attempts: 0,
        ...(job.dedupeKey ? { dedupeKey: job.dedupeKey } : {}),
        createdAt: clock.nowIso(),
      });
    },
    handle(type, handler) {
      handlers.set(type, handler);
    },
    async start() {
      if (started) return;
      started = true;
      void tick();
    },
    async stop() {
      started = false;
      if (timer) clearTimeout(timer);
      const waitFor = Promise.allSettled([polling, ...running]);
      const timeout = new Promise<"timeout">((resolve) =>
        setTimeout(() => resolve("timeout"), options.stopTimeoutMs ?? 30_000).unref(),
      );
      if ((await Promise.race([waitFor, timeout])) === "timeout") {
        log.warn({ running: running.size }, "stopped with jobs still running; their leases will expire");
      }
    },
    runDueOnce,
    async drainDue() {
      let ran = 0;
      for (let batch = await runDueOnce(); batch > 0; batch = await runDueOnce()) ran += batch;
      return ran;
    },
  };
}
