import { fill } from "../shared/i18n.js";
import { type ConsoleLabels, label } from "./console-labels.js";

/** What the console knows beyond the summary text: the customer's display name. */
export interface SummaryContext {
  customerName?: string;
}

/** "0.87" → "87%": confidences are shown as percentages. */
export function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

/** One entry of the bot's "Tried" log ("return #W0010005 submitted (asr_…)") in words. */
export function triedEntry(entry: string, w: ConsoleLabels): string {
  const text = entry.trim();
  if (/^verified\b/.test(text)) return w.verified;
  if (text === "verification failed") return w.verificationFailed;
  if (text === "verification locked") return w.verificationLocked;
  const what = (flow: string, order: string | undefined) =>
    [label(w.topics, flow), order].filter((part) => part && part.trim() !== "").join(" ");
  const refused = text.match(/^(\w+)\s*(\S*)\s+refused: (.+)$/);
  if (refused?.[1] && refused[3]) {
    return fill(w.refused, { what: what(refused[1], refused[2]), why: label(w.refusals, refused[3].trim()) });
  }
  const outcome = text.match(/^(\w+)\s*(#?\w*)\s+(submitted|done)(?: \(\S+\))?$/);
  if (outcome?.[1] && outcome[3]) {
    return fill(outcome[3] === "submitted" ? w.submitted : w.done, { what: what(outcome[1], outcome[2]) });
  }
  const dropped = text.match(/^(\w+) dropped by the shopper$/);
  if (dropped?.[1]) return fill(w.dropped, { what: label(w.topics, dropped[1]) });
  return text;
}

/**
 * A hand-off summary value in the console's language: intents and flows by name, the customer by
 * name, confidence as a percentage, codes in words. Values it does not recognise are kept as written.
 */
export function summaryValue(key: string, value: string, w: ConsoleLabels, ctx: SummaryContext = {}): string[] {
  const v = value.trim();
  switch (key) {
    case "Intent": {
      const m = v.match(/^(\w+) \(last message: (\w+) ([\d.]+)\)$/);
      if (!m?.[1] || !m[2] || !m[3]) return [label(w.topics, v)];
      const sure = fill(w.sure, { p: percent(Number(m[3])) });
      return [fill(w.intentLine, { intent: label(w.topics, m[1]), last: label(w.topics, m[2]), sure })];
    }
    case "Customer":
      return [v === "not verified" ? w.notVerified : (ctx.customerName ?? v)];
    case "Order":
      return [v === "none" ? "—" : v];
    case "Sentiment": {
      const m = v.match(/^(\w+)( \(angry\))?(?: -?[\d.]+)?$/);
      if (!m?.[1]) return [v];
      return [`${label(w.sentiments, m[1])}${m[2] ? ` · ${w.angry}` : ""}`];
    }
    case "Language":
      return [label(w.languages, v)];
    case "Tried":
      return v === "nothing yet" ? [w.nothingYet] : v.split("; ").map((entry) => triedEntry(entry, w));
    default:
      return [v];
  }
}
