import type { Command } from "commander";
import { z } from "zod";
import { loadFollowupRules, loadOptOuts } from "../../../application/use-cases/insights/followup-settings.js";
import { registerFollowupJobs } from "../../../application/use-cases/insights/register-followup-jobs.js";
import { scheduleFollowups } from "../../../application/use-cases/insights/schedule-followups.js";
import { planFollowups } from "../../../domain/followups/plan-followups.js";
import { parseValue } from "../../../domain/parse-json.js";
import { createLocalJobQueue } from "../../../infrastructure/queue/local-job-queue.js";
import { silentLogger } from "../../../infrastructure/system/pino-logger.js";
import { randomIds } from "../../../infrastructure/system/random-ids.js";
import { systemClock } from "../../../infrastructure/system/system-clock.js";
import { withInsightsStore } from "./insights-store.js";

const RunOptions = z.object({ dryRun: z.boolean().optional(), db: z.string().optional() });

/**
 * `kefu followups run`: plans follow-ups now and sends the ones that are due, in this process,
 * through the jobs table. Safe next to a running server: jobs are deduplicated per order and
 * sending is idempotent, so nothing goes out twice.
 */
export function registerFollowupsCommand(program: Command): void {
  program
    .command("followups")
    .description("follow-ups (回访) after delivery and after resolved conversations")
    .command("run")
    .description("plan follow-ups and send those that are due now")
    .option("--dry-run", "print what would be scheduled, change nothing")
    .option("--db <file>", "SQLite file instead of the configured store")
    .action(async (raw: unknown) => {
      const opts = parseValue(RunOptions, raw, "options");
      await withInsightsStore(async (store) => {
        const clock = systemClock;
        if (opts.dryRun) {
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
          return;
        }
        const queue = createLocalJobQueue(store.jobs, clock, silentLogger);
        registerFollowupJobs(queue, { store, clock, ids: randomIds, logger: silentLogger });
        const planned = await scheduleFollowups({ store, clock, queue });
        let ran = 0;
        for (let batch = await queue.runDueOnce(); batch > 0; batch = await queue.runDueOnce()) ran += batch;
        const failed = await store.jobs.list({ status: "failed", type: "followup.send", limit: 1 });
        console.log(
          `${planned.planned} follow-ups planned, ${planned.scheduled} newly scheduled, ${ran} due jobs run; ` +
            `${failed.total} failed for good`,
        );
      }, opts.db);
    });
}
