import type { Conversation } from "../conversation/conversation.js";
import type { Handoff } from "../conversation/handoff.js";
import type { Message } from "../conversation/message.js";
import { type ConversationFacts, conversationFacts } from "./conversation-facts.js";
import { type DailyPoint, dailySeries } from "./daily-series.js";
import { type FollowupFigures, followupFigures } from "./followup-figures.js";
import { type AgentFigures, perAgentFigures } from "./per-agent-figures.js";
import { type IntentCount, type SentimentPoint, sentimentTrend, topIntents } from "./signal-trends.js";
import { mean, median, ratio } from "./statistics.js";

/** Service-quality figures for one period; `null` where there is nothing to measure. */
export interface ServiceMetrics {
  since: string;
  until: string;
  timeZone: string;
  /** Conversations started in the period. */
  conversations: number;
  firstResponseSecondsP50: number | null;
  firstResponseSecondsAvg: number | null;
  /** Handoff -> first human reply. */
  humanFirstResponseSecondsP50: number | null;
  resolutionSecondsP50: number | null;
  resolved: number;
  resolutionRate: number;
  /** Share of all conversations resolved without a human. */
  containmentRate: number;
  handoffRate: number;
  /** Reason -> number of handoffs. */
  handoffReasons: Record<string, number>;
  csatAverage: number | null;
  csatCount: number;
  /** Ratings 1..5 -> count. */
  csatDistribution: Record<"1" | "2" | "3" | "4" | "5", number>;
  sentimentTrend: SentimentPoint[];
  topIntents: IntentCount[];
  perAgent: AgentFigures[];
  daily: DailyPoint[];
  /** Follow-ups sent in the period, answers and the ratings they collected. */
  followups: FollowupFigures;
}

/** Stored events for the period: conversations started in it, with their messages and handoffs. */
export interface ServiceEvents {
  since: string;
  until: string;
  conversations: readonly Conversation[];
  messages: readonly Message[];
  handoffs: readonly Handoff[];
}

/** Computes the service metrics from stored events; days are cut in `timeZone` (default UTC). */
export function computeServiceMetrics(
  events: ServiceEvents,
  options: { timeZone?: string; topIntents?: number } = {},
): ServiceMetrics {
  const timeZone = options.timeZone ?? "UTC";
  const started = events.conversations.filter((c) => c.createdAt >= events.since && c.createdAt < events.until);
  const startedIds = new Set(started.map((c) => c.id));
  const messagesBy = groupBy(
    events.messages.filter((m) => startedIds.has(m.conversationId)),
    (m) => m.conversationId,
  );
  // A follow-up the shopper never answered (in words or with a rating) is outreach, not a service conversation.
  const inPeriod = started.filter(
    (c) =>
      c.state.origin !== "followup" ||
      c.csat !== undefined ||
      (messagesBy.get(c.id) ?? []).some((m) => m.author === "customer"),
  );
  const ids = new Set(inPeriod.map((c) => c.id));
  const handoffsBy = groupBy(
    events.handoffs.filter((h) => ids.has(h.conversationId)),
    (h) => h.conversationId,
  );
  const facts: ConversationFacts[] = inPeriod.map((c) =>
    conversationFacts(c, messagesBy.get(c.id) ?? [], handoffsBy.get(c.id) ?? [], timeZone),
  );
  const firstResponses = defined(facts.map((f) => f.firstResponseSeconds));
  const ratings = defined(facts.map((f) => f.conversation.csat));
  const reasons: Record<string, number> = {};
  for (const f of facts) for (const h of f.handoffs) reasons[h.reason] = (reasons[h.reason] ?? 0) + 1;
  const distribution = { "1": 0, "2": 0, "3": 0, "4": 0, "5": 0 };
  for (const r of ratings) {
    const key = String(r);
    if (key === "1" || key === "2" || key === "3" || key === "4" || key === "5") distribution[key]++;
  }
  const relevantMessages = facts.flatMap((f) => messagesBy.get(f.conversation.id) ?? []);
  return {
    since: events.since,
    until: events.until,
    timeZone,
    conversations: facts.length,
    firstResponseSecondsP50: median(firstResponses),
    firstResponseSecondsAvg: mean(firstResponses),
    humanFirstResponseSecondsP50: median(facts.flatMap((f) => f.humanResponses.map((h) => h.seconds))),
    resolutionSecondsP50: median(defined(facts.map((f) => f.resolutionSeconds))),
    resolved: facts.filter((f) => f.resolved).length,
    resolutionRate: ratio(facts.filter((f) => f.resolved).length, facts.length),
    containmentRate: ratio(facts.filter((f) => f.contained).length, facts.length),
    handoffRate: ratio(facts.filter((f) => f.handedOff).length, facts.length),
    handoffReasons: reasons,
    csatAverage: mean(ratings),
    csatCount: ratings.length,
    csatDistribution: distribution,
    sentimentTrend: sentimentTrend(relevantMessages, timeZone),
    topIntents: topIntents(relevantMessages, options.topIntents ?? 10),
    perAgent: perAgentFigures(facts),
    daily: dailySeries(facts),
    followups: followupFigures(
      events.messages,
      events,
      new Map(
        started.flatMap((c) =>
          c.state.origin === "followup" && c.csat !== undefined ? [[c.id, c.csat] as const] : [],
        ),
      ),
    ),
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

function defined<T>(values: readonly (T | undefined)[]): T[] {
  return values.filter((v): v is T => v !== undefined);
}
