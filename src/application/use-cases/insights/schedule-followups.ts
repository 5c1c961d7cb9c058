import { planFollowups } from "../../../domain/followups/plan-followups.js";
import type { Clock } from "../../ports/clock.js";
import type { JobQueue } from "../../ports/job-queue.js";
import type { Store } from "../../ports/store.js";
import { collectPages } from "./collect-pages.js";
import { loadFollowupRules, loadOptOuts } from "./followup-settings.js";

/**
 * Plans follow-ups for delivered orders and resolved conversations under the shop's rules and
 * queues them. Safe to run repeatedly (e.g. hourly): each job's dedupe key is per order (or per
 * conversation), so nothing is scheduled twice.
 */
export async function scheduleFollowups(deps: {
  store: Store;
  clock: Clock;
  queue: JobQueue;
}): Promise<{ planned: number; scheduled: number }> {
  const rules = await loadFollowupRules(deps.store.settings);
  const now = deps.clock.nowIso();
  const since = new Date(Date.parse(now) - rules.maxAgeDays * 86_400_000).toISOString();
  const [orders, conversations, optedOut] = await Promise.all([
    collectPages((page) => deps.store.orders.list({ status: "delivered", ...page })),
    // A conversation resolved recently may have started before the window; allow a month back.
    collectPages((page) =>
      deps.store.conversations.list({
        status: "resolved",
        since: new Date(Date.parse(since) - 30 * 86_400_000).toISOString(),
        ...page,
      }),
    ),
    loadOptOuts(deps.store.settings),
  ]);
  const plans = planFollowups({ orders, conversations, rules, optedOut, now });
  let scheduled = 0;
  for (const plan of plans) {
    if (await deps.queue.schedule(plan)) scheduled++;
  }
  return { planned: plans.length, scheduled };
}
