import { computeServiceMetrics, type ServiceMetrics } from "../../../domain/metrics/service-metrics.js";
import type { Clock } from "../../ports/clock.js";
import type { Store } from "../../ports/store.js";
import { collectPages } from "./collect-pages.js";

const DAY = 86_400_000;

export interface ServiceMetricsQuery {
  /** Start of the period (default: 30 days before `until`). */
  since?: string;
  /** End of the period, exclusive (default: now). */
  until?: string;
  /** Days are cut in this zone (default UTC). */
  timeZone?: string;
}

/**
 * Service-quality metrics for conversations started in the period, computed from the stored
 * conversations, messages and handoffs. Replies and handoffs up to a week after the period
 * still count, so a conversation started just before `until` is measured fairly.
 */
export async function getServiceMetrics(
  deps: { store: Store; clock: Clock },
  query: ServiceMetricsQuery = {},
): Promise<ServiceMetrics> {
  const now = deps.clock.now().getTime();
  const until = query.until ?? new Date(now).toISOString();
  const since = query.since ?? new Date(Date.parse(until) - 30 * DAY).toISOString();
  const tail = new Date(Math.min(Date.parse(until) + 7 * DAY, Math.max(now, Date.parse(until)) + 1)).toISOString();
  const [conversations, messages, handoffs] = await Promise.all([
    collectPages((page) => deps.store.conversations.list({ since, until, ...page })),
    deps.store.messages.listBetween(since, tail),
    deps.store.handoffs.listBetween(since, tail),
  ]);
  return computeServiceMetrics(
    { since, until, conversations, messages, handoffs },
    { timeZone: query.timeZone ?? "UTC" },
  );
}
