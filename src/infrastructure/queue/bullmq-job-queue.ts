import { randomUUID } from "node:crypto";
import { type Job, Queue, Worker } from "bullmq";
import { Redis } from "ioredis";
import type { JobQueue } from "../../application/ports/job-queue.js";
import type { Logger } from "../../application/ports/logger.js";

export interface BullmqJobQueueOptions {
  /** Queue name; tests use their own (default "kefu-jobs"). */
  queueName?: string;
  /** Redis key prefix (default "kefu"). */
  prefix?: string;
  logger?: Logger;
  /** Jobs run in parallel per process (default 2). */
  concurrency?: number;
  /** Attempts before a job fails for good (default 5). */
  attempts?: number;
  /** First retry delay, doubled each attempt (default 30 s). */
  backoffMs?: number;
  /** How long a worker's lock on a job lasts without renewal; a dead worker's job is taken over after it (default 30 s). */
  lockDurationMs?: number;
  /** How often workers look for jobs whose lock expired (default 30 s). */
  stalledIntervalMs?: number;
}

/** BullMQ rejects ids with ":" or that look like integers, so dedupe keys are escaped and prefixed. */
export function bullmqJobId(dedupeKey: string): string {
  return `d-${dedupeKey.replace(/%/g, "%25").replace(/:/g, "%3A")}`;
}

const TOKEN = "__kefuToken";

/**
 * The job queue on Redis with BullMQ, for several server processes. The dedupe key becomes the
 * BullMQ job id, so the same job is never added twice; BullMQ's locks and stalled-job recovery
 * keep a job from being lost or run twice when a worker stops or dies.
 */
export function createBullmqJobQueue(
  redisUrl: string,
  options: BullmqJobQueueOptions = {},
): JobQueue & {
  /** The underlying queue, for inspection in tests and admin tools. */
  readonly queue: Queue;
  /** Stops at once without waiting for running jobs: their locks expire and another worker runs them. */
  abandon(): Promise<void>;
  /** Starts the worker and returns once no job is due (waiting, active or overdue delayed): jobs this process ran. */
  drainDue(options?: { timeoutMs?: number }): Promise<number>;
} {
  const name = options.queueName ?? "kefu-jobs";
  const prefix = options.prefix ?? "kefu";
  // Workers block on Redis, which needs retries disabled per request.
  const connection = new Redis(redisUrl, { maxRetriesPerRequest: null, lazyConnect: false });
  const queue = new Queue(name, { connection, prefix });
  const handlers = new Map<string, (payload: Record<string, unknown>) => Promise<void>>();
  const log = options.logger?.child({ component: "bullmq-queue", queue: name });
  let worker: Worker | undefined;
  let finished = 0;

  const process = async (job: Job): Promise<void> => {
    const handler = handlers.get(job.name);
    if (!handler) throw new Error(`no handler for job type ${job.name}`);
    const data: Record<string, unknown> = { ...job.data };
    delete data[TOKEN];
    await handler(data);
  };
  /** True while a job waits, runs, or sits in the delayed set although its time has come. */
  const anythingDue = async (): Promise<boolean> => {
    const counts = await queue.getJobCounts("waiting", "active", "prioritized");
    if ((counts.waiting ?? 0) + (counts.active ?? 0) + (counts.prioritized ?? 0) > 0) return true;
    const [earliest] = await queue.getDelayed(0, 0);
    return earliest !== undefined && earliest.timestamp + earliest.delay <= Date.now();
  };

  return {
    queue,
    async schedule(job) {
      const token = randomUUID();
      const added = await queue.add(
        job.type,
        { ...job.payload, [TOKEN]: token },
        {
          ...(job.dedupeKey ? { jobId: bullmqJobId(job.dedupeKey) } : {}),
          delay: Math.max(0, Date.parse(job.runAt) - Date.now()),
          attempts: options.attempts ?? 5,
          backoff: { type: "exponential", delay: options.backoffMs ?? 30_000 },
          // Kept a while so a late duplicate still finds the id and is ignored.
          removeOnComplete: { age: 30 * 86_400 },
          removeOnFail: { age: 30 * 86_400 },
        },
      );
      if (!job.dedupeKey || added.id === undefined) return true;
      // With an existing id BullMQ keeps the stored job: the stored token tells whether we added it.
      const stored = await queue.getJob(added.id);
      return stored?.data?.[TOKEN] === token;
    },
    handle(type, handler) {
      handlers.set(type, handler);
    },
    async start() {
      if (worker) return;
      worker = new Worker(name, process, {
        connection,
        prefix,
        concurrency: options.concurrency ?? 2,
        ...(options.lockDurationMs ? { lockDuration: options.lockDurationMs } : {}),
        ...(options.stalledIntervalMs ? { stalledInterval: options.stalledIntervalMs } : {}),
      });
      worker.on("completed", () => finished++);
      worker.on("failed", (job, error) => {
        finished++;
        log?.warn({ jobId: job?.id, type: job?.name, error: error.message }, "job failed");
      });
      worker.on("error", (error) => log?.error({ error: error.message }, "worker error"));
      await worker.waitUntilReady();
    },
    async stop() {
      // close() waits for the jobs in hand to finish, so none is left half-done.
      await worker?.close();
      worker = undefined;
      await queue.close();
      connection.disconnect();
    },
    async drainDue(drain = {}) {
      const before = finished;
      await this.start();
      const deadline = Date.now() + (drain.timeoutMs ?? 120_000);
      while ((await anythingDue()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      return finished - before;
    },
    async abandon() {
      await worker?.close(true);
      worker = undefined;
      await queue.close();
      connection.disconnect();
    },
  };
}
