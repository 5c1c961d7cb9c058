import type { Message } from "../conversation/message.js";
import { zonedDayKey } from "../followups/zoned-time.js";
import { explanationIntent, explanationSentiment, isAnswerTurn } from "./explanation-signals.js";

/** Mean sentiment (in [-1, 1]) of the customer turns of one day. */
export interface SentimentPoint {
  date: string;
  average: number;
  count: number;
  /** Turns scored below -0.3. */
  negative: number;
}

/** How often the bot recognised an intent. */
export interface IntentCount {
  intent: string;
  count: number;
  share: number;
}

/**
 * Walks each conversation's messages in order and yields one explanation per customer turn:
 * the bot may answer a turn with several messages that repeat the same explanation.
 */
function turnExplanations(messages: readonly Message[]): { at: string; explanation: Record<string, unknown> }[] {
  const byConversation = new Map<string, Message[]>();
  for (const m of messages) {
    const list = byConversation.get(m.conversationId) ?? [];
    list.push(m);
    byConversation.set(m.conversationId, list);
  }
  const out: { at: string; explanation: Record<string, unknown> }[] = [];
  for (const list of byConversation.values()) {
    list.sort((a, b) => a.seq - b.seq);
    let turn = 0;
    const seen = new Set<number>();
    for (const m of list) {
      if (m.author === "customer") turn = m.seq;
      if (!m.explanation || seen.has(turn)) continue;
      if (explanationSentiment(m.explanation) === undefined && explanationIntent(m.explanation) === undefined) continue;
      seen.add(turn);
      out.push({ at: m.createdAt, explanation: m.explanation });
    }
  }
  return out;
}

/** Daily mean sentiment from message explanations, oldest day first. */
export function sentimentTrend(messages: readonly Message[], timeZone: string): SentimentPoint[] {
  const days = new Map<string, { sum: number; count: number; negative: number }>();
  for (const { at, explanation } of turnExplanations(messages)) {
    const score = explanationSentiment(explanation);
    if (score === undefined) continue;
    const key = zonedDayKey(at, timeZone);
    const day = days.get(key) ?? { sum: 0, count: 0, negative: 0 };
    day.sum += score;
    day.count++;
    if (score < -0.3) day.negative++;
    days.set(key, day);
  }
  return [...days.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, d]) => ({ date, average: d.sum / d.count, count: d.count, negative: d.negative }));
}

/** The most frequent intents, most frequent first (ties by name); answers to the bot's questions are not requests. */
export function topIntents(messages: readonly Message[], limit: number): IntentCount[] {
  const counts = new Map<string, number>();
  let total = 0;
  for (const { explanation } of turnExplanations(messages)) {
    if (isAnswerTurn(explanation)) continue;
    const intent = explanationIntent(explanation);
    if (!intent) continue;
    counts.set(intent, (counts.get(intent) ?? 0) + 1);
    total++;
  }
  return [...counts.entries()]
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .slice(0, limit)
    .map(([intent, count]) => ({ intent, count, share: count / total }));
}
