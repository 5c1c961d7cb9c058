import type { ConversationFacts } from "./conversation-facts.js";
import { mean, median } from "./statistics.js";

/** One day of the service series, keyed by the day conversations started. */
export interface DailyPoint {
  date: string;
  conversations: number;
  resolved: number;
  contained: number;
  handedOff: number;
  firstResponseSecondsP50: number | null;
  csatAverage: number | null;
}

/** Daily series, oldest day first; days without conversations are omitted. */
export function dailySeries(facts: readonly ConversationFacts[]): DailyPoint[] {
  const days = new Map<string, ConversationFacts[]>();
  for (const f of facts) {
    const list = days.get(f.day) ?? [];
    list.push(f);
    days.set(f.day, list);
  }
  return [...days.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, list]) => ({
      date,
      conversations: list.length,
      resolved: list.filter((f) => f.resolved).length,
      contained: list.filter((f) => f.contained).length,
      handedOff: list.filter((f) => f.handedOff).length,
      firstResponseSecondsP50: median(
        list.flatMap((f) => (f.firstResponseSeconds === undefined ? [] : [f.firstResponseSeconds])),
      ),
      csatAverage: mean(list.flatMap((f) => (f.conversation.csat === undefined ? [] : [f.conversation.csat]))),
    }));
}
