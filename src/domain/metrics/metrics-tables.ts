import type { CsvTable } from "../reports/csv.js";
import type { ServiceMetrics } from "./service-metrics.js";

/** The dashboard's tables, each exportable as CSV. */
export const METRICS_TABLES = [
  "summary",
  "daily",
  "handoff-reasons",
  "csat",
  "sentiment",
  "intents",
  "agents",
  "followups",
] as const;
export type MetricsTable = (typeof METRICS_TABLES)[number];

const round = (value: number | null, digits = 4): number | null =>
  value === null ? null : Number(value.toFixed(digits));

/** One dashboard table of the metrics as rows; `agentNames` turns agent ids into names. */
export function metricsTable(
  m: ServiceMetrics,
  table: MetricsTable,
  agentNames: ReadonlyMap<string, string> = new Map(),
): CsvTable {
  switch (table) {
    case "summary":
      return {
        header: ["metric", "value"],
        rows: [
          ["since", m.since],
          ["until", m.until],
          ["time_zone", m.timeZone],
          ["conversations", m.conversations],
          ["first_response_seconds_p50", m.firstResponseSecondsP50],
          ["first_response_seconds_avg", round(m.firstResponseSecondsAvg, 1)],
          ["human_first_response_seconds_p50", m.humanFirstResponseSecondsP50],
          ["resolution_seconds_p50", m.resolutionSecondsP50],
          ["resolved", m.resolved],
          ["resolution_rate", round(m.resolutionRate)],
          ["containment_rate", round(m.containmentRate)],
          ["handoff_rate", round(m.handoffRate)],
          ["csat_average", round(m.csatAverage, 2)],
          ["csat_count", m.csatCount],
        ],
      };
    case "daily":
      return {
        header: [
          "date",
          "conversations",
          "resolved",
          "contained",
          "handed_off",
          "first_response_seconds_p50",
          "csat_average",
        ],
        rows: m.daily.map((d) => [
          d.date,
          d.conversations,
          d.resolved,
          d.contained,
          d.handedOff,
          d.firstResponseSecondsP50,
          round(d.csatAverage, 2),
        ]),
      };
    case "handoff-reasons":
      return {
        header: ["reason", "handoffs"],
        rows: Object.entries(m.handoffReasons).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
      };
    case "csat":
      return {
        header: ["rating", "count"],
        rows: (["1", "2", "3", "4", "5"] as const).map((k) => [Number(k), m.csatDistribution[k]]),
      };
    case "sentiment":
      return {
        header: ["date", "average_sentiment", "turns", "negative_turns"],
        rows: m.sentimentTrend.map((p) => [p.date, round(p.average), p.count, p.negative]),
      };
    case "intents":
      return {
        header: ["intent", "turns", "share"],
        rows: m.topIntents.map((i) => [i.intent, i.count, round(i.share)]),
      };
    case "agents":
      return {
        header: [
          "agent_id",
          "agent",
          "conversations",
          "messages",
          "resolved",
          "first_response_seconds_p50",
          "csat_average",
          "csat_count",
        ],
        rows: m.perAgent.map((a) => [
          a.agentId,
          agentNames.get(a.agentId) ?? "",
          a.conversations,
          a.messages,
          a.resolved,
          a.firstResponseSecondsP50,
          round(a.csatAverage, 2),
          a.csatCount,
        ]),
      };
    case "followups":
      return {
        header: ["sent", "answered", "answer_rate", "csat_count", "csat_average"],
        rows: [
          [
            m.followups.sent,
            m.followups.answered,
            round(m.followups.answerRate),
            m.followups.csatCount,
            round(m.followups.csatAverage, 2),
          ],
        ],
      };
  }
}
