import type { Command } from "commander";
import { z } from "zod";
import type { Clock } from "../../../application/ports/clock.js";
import type { Store } from "../../../application/ports/store.js";
import { loadFollowupRules, loadOptOuts } from "../../../application/use-cases/insights/followup-settings.js";
import { scheduleFollowups } from "../../../application/use-cases/insights/schedule-followups.js";
import { FOLLOWUP_JOB } from "../../../domain/followups/followup-rules.js";
import { planFollowups } from "../../../domain/followups/plan-followups.js";
import { parseValue } from "../../../domain/parse-json.js";
import type { BullmqJobQueueOptions } from "../../../infrastructure/queue/bullmq-job-queue.js";
import { openInsightsQueue } from "../../../infrastructure/queue/start-insights-jobs.js";
import { silentLogger } from "../../../infrastructure/system/pino-logger.js";
import { randomIds } from "../../../infrastructure/system/random-ids.js";
import { systemClock } from "../../../infrastructure/system/system-clock.js";
import { loadConfig } from "../../config/load-config.js";
import { withInsightsStore } from "./insights-store.js";

const RunOptions = z.object({ dryRun: z.boolean().optional(), db: z.string().optional() });

/** What one `kefu followups run` did. */
export interface FollowupsRunResult {
  queue: "bullmq" | "local";
  planned: number;
  scheduled: number;
  /** Due jobs this process ran (follow-ups and any other insights job that was due). */
  ran: number;
}

/**
 * Plans follow-ups and runs what is due on the same queue the server uses: BullMQ when
 * `redisUrl` is set, else the jobs table. Safe next to a running server: jobs are deduplicated
 * per order, a job is held by one worker at a time, and sending is idempotent.
 */
export async function runFollowupsNow(deps: {
  store: Store;
  clock: Clock;
  redisUrl: string | undefined;
  /** The deployment's Redis key prefix (KEFU_REDIS_PREFIX). */
  redisPrefix?: string;
  dataDir: string;
  /** BullMQ queue name and prefix (tests use their own). */
  bullmq?: Omit<BullmqJobQueueOptions, "logger">;
}): Promise<FollowupsRunResult> {
  const queue = openInsightsQueue({
    store: deps.store,
    clock: deps.clock,
    ids: randomIds,
    logger: silentLogger,
    config: { redisUrl: deps.redisUrl, dataDir: deps.dataDir, redisPrefix: deps.redisPrefix },
    ...(deps.bullmq ? { bullmq: deps.bullmq } : {}),
  });
  try {
    const planned = await scheduleFollowups({ store: deps.store, clock: deps.clock, queue });
    const ran = await queue.drainDue();
    return { queue: queue.kind, ...planned, ran };
  } finally {
    await queue.stop();
  }
}

async function printDryRun(store: Store, clock: Clock): Promise<void> {
  const [rules, optedOut, orders, conversations] = await Promise.all([
    loadFollowupRules(store.settings),
    loadOptOuts(store.settings),
    store.orders.list({ status: "delivered", limit: 500 }),
    store.conversations.list({ status: "resolved", limit: 500 }),
  ]);
  const plans = planFollowups({
    orders: orders.items,
    conversations: conversations.items,
    rules,
    optedOut,
    now: clock.nowIso(),
  });
  for (const p of plans) console.log(`${p.runAt}  ${p.payload.kind.padEnd(8)} ${p.dedupeKey}`);
  console.log(`${plans.length} follow-ups would be planned (first 500 orders and conversations)`);
}

/** `kefu followups run`: plans follow-ups now and sends the ones that are due, in this process. */
export function registerFollowupsCommand(program: Command): void {
  program
    .command("followups")
    .description("follow-ups (回访) after delivery and after resolved conversations")
    .command("run")
    .description("plan follow-ups and send those that are due now (on BullMQ when REDIS_URL is set)")
    .option("--dry-run", "print what would be scheduled, change nothing")
    .option("--db <file>", "SQLite file instead of the configured store")
    .action(async (raw: unknown) => {
      const opts = parseValue(RunOptions, raw, "options");
      const config = loadConfig();
      await withInsightsStore(async (store) => {
        if (opts.dryRun) return printDryRun(store, systemClock);
        const result = await runFollowupsNow({
          store,
          clock: systemClock,
          redisUrl: config.redisUrl,
          redisPrefix: config.redisPrefix,
          dataDir: config.dataDir,
        });
        const failed =
          result.queue === "local" ? await store.jobs.list({ status: "failed", type: FOLLOWUP_JOB }) : undefined;
        console.log(
          `${result.planned} follow-ups planned, ${result.scheduled} newly scheduled, ${result.ran} due jobs run ` +
            `(${result.queue === "bullmq" ? "BullMQ on REDIS_URL" : "jobs table"})` +
            (failed ? `; ${failed.total} failed for good` : ""),
        );
      }, opts.db);
    });
}
