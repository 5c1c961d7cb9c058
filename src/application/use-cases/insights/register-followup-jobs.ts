import { FOLLOWUP_JOB } from "../../../domain/followups/followup-rules.js";
import type { JobQueue } from "../../ports/job-queue.js";
import type { InsightsDeps } from "./insights-deps.js";
import { scheduleFollowups } from "./schedule-followups.js";
import { sendFollowup } from "./send-followup.js";

/** What a follow-up payload is about, for the key of a deferred copy. */
function followupSubject(payload: Record<string, unknown>): string {
  const subject = payload.orderId ?? payload.conversationId ?? payload.customerId;
  return typeof subject === "string" ? subject : "unknown";
}

/** The job that plans follow-ups once an hour and queues its own next run. */
export const FOLLOWUP_PLAN_JOB = "followup.plan";

/** The top of the next hour, and the dedupe key that makes one planning run per hour. */
function nextPlanRun(now: Date): { runAt: string; dedupeKey: string } {
  const next = new Date(now);
  next.setUTCMinutes(0, 0, 0);
  next.setUTCHours(next.getUTCHours() + 1);
  const runAt = next.toISOString();
  return { runAt, dedupeKey: `${FOLLOWUP_PLAN_JOB}:${runAt.slice(0, 13)}` };
}

/**
 * Wires follow-ups into a job queue: `followup.send` posts one follow-up; `followup.plan`
 * plans new ones every hour. Planning is itself a stored job, so it survives restarts, and its
 * hourly dedupe key keeps several processes from planning twice.
 */
export function registerFollowupJobs(queue: JobQueue, deps: InsightsDeps): void {
  queue.handle(FOLLOWUP_JOB, async (payload) => {
    const outcome = await sendFollowup(deps, payload);
    // Deferred out of the quiet hours: a new job, keyed by its time so a retry adds it once.
    if (!outcome.sent && outcome.reason === "quiet_hours") {
      await queue.schedule({
        type: FOLLOWUP_JOB,
        payload,
        runAt: outcome.retryAt,
        dedupeKey: `${FOLLOWUP_JOB}:deferred:${followupSubject(payload)}:${outcome.retryAt}`,
      });
    }
  });
  queue.handle(FOLLOWUP_PLAN_JOB, async () => {
    const result = await scheduleFollowups({ ...deps, queue });
    deps.logger.info(result, "follow-ups planned");
    await queue.schedule({ type: FOLLOWUP_PLAN_JOB, payload: {}, ...nextPlanRun(deps.clock.now()) });
  });
}

/** Queues the first planning run (now); later runs queue themselves. Call once at start-up. */
export async function startFollowupPlanning(queue: JobQueue, deps: Pick<InsightsDeps, "clock">): Promise<void> {
  const now = deps.clock.nowIso();
  await queue.schedule({
    type: FOLLOWUP_PLAN_JOB,
    payload: {},
    runAt: now,
    dedupeKey: `${FOLLOWUP_PLAN_JOB}:${now.slice(0, 13)}`,
  });
}
