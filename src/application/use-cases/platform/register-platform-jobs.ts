import { z } from "zod";
import { PLATFORM_WRITE_JOB } from "../../../domain/platform/platform-write.js";
import type { JobQueue } from "../../ports/job-queue.js";
import type { PlatformWriteDeps } from "./platform-write-deps.js";
import { reconcilePlatform } from "./reconcile-platform.js";
import { runPlatformWrite } from "./run-platform-write.js";

const WriteJob = z.object({ requestId: z.string().min(1), attempt: z.number().int().positive() });

/** The hourly reconciliation job. */
export const PLATFORM_RECONCILE_JOB = "platform.reconcile";
const HOUR_MS = 3_600_000;

/** Queues the next hourly reconciliation; one per hour however many processes ask. */
export async function scheduleNextReconcile(
  queue: Pick<JobQueue, "schedule">,
  deps: Pick<PlatformWriteDeps, "clock">,
): Promise<void> {
  const nextHour = Math.floor(deps.clock.now().getTime() / HOUR_MS + 1) * HOUR_MS;
  const runAt = new Date(nextHour).toISOString();
  await queue.schedule({ type: PLATFORM_RECONCILE_JOB, payload: {}, runAt, dedupeKey: `platform-reconcile:${runAt}` });
}

/** Registers the write and reconciliation handlers on a queue that runs the jobs table. */
export function registerPlatformJobs(queue: Pick<JobQueue, "handle" | "schedule">, deps: PlatformWriteDeps): void {
  queue.handle(PLATFORM_WRITE_JOB, async (payload) => {
    await runPlatformWrite(deps, WriteJob.parse(payload));
  });
  queue.handle(PLATFORM_RECONCILE_JOB, async () => {
    try {
      await reconcilePlatform(deps);
    } finally {
      await scheduleNextReconcile(queue, deps);
    }
  });
}
