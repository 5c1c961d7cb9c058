import type { ConversationSummary } from "../shared/api-types.js";
import type { BadgeTone } from "../shared/ui/badge.js";
import type { ConsoleStrings } from "./console-strings.js";

/** Seconds a waiting conversation may wait before the SLA is breached, and when it turns "at risk". */
export const SLA_BREACH_SECONDS = 300;
export const SLA_RISK_SECONDS = 120;

export function priorityBadge(priority: number, t: ConsoleStrings): { tone: BadgeTone; label: string } {
  if (priority >= 70) return { tone: "danger", label: t.priorityHigh };
  if (priority >= 40) return { tone: "warning", label: t.priorityMedium };
  return { tone: "neutral", label: t.priorityLow };
}

export function slaBadge(waitingSeconds: number, t: ConsoleStrings): { tone: BadgeTone; label: string } {
  if (waitingSeconds >= SLA_BREACH_SECONDS) return { tone: "danger", label: t.slaBreached };
  if (waitingSeconds >= SLA_RISK_SECONDS) return { tone: "warning", label: t.slaAtRisk };
  return { tone: "success", label: t.slaOk };
}

/** A sentiment label from an explanation ("negative" or { label: "negative" }). */
export function sentimentOf(explanation: Record<string, unknown> | undefined): string | undefined {
  const s = explanation?.sentiment;
  if (typeof s === "string") return s;
  if (typeof s === "object" && s !== null && "label" in s && typeof s.label === "string") return s.label;
  return undefined;
}

/** Whether the row should show a "negative" sentiment badge. */
export function isNegative(row: ConversationSummary): boolean {
  return row.handoff?.reason === "negative_sentiment" || sentimentOf(row.lastMessage?.explanation) === "negative";
}

/** Waiting conversations: most urgent first, then longest waiting. */
export function byUrgency(a: ConversationSummary, b: ConversationSummary): number {
  return b.priority - a.priority || b.waitingSeconds - a.waitingSeconds;
}
