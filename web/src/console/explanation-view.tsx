import type { JSX } from "react";
import { useStrings } from "../shared/i18n.js";
import { consoleStrings } from "./console-strings.js";
import { sentimentOf } from "./queue-signals.js";

function text(v: unknown): string {
  if (v === null || v === undefined || v === "") return "—";
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : v.toFixed(2);
  if (typeof v === "string" || typeof v === "boolean") return String(v);
  if (Array.isArray(v)) return v.length ? v.map(text).join(", ") : "—";
  if (typeof v === "object") {
    const o = Object.fromEntries(Object.entries(v));
    if ("type" in o && "value" in o) return `${text(o.type)}=${text(o.value)}`;
    if ("id" in o) return text(o.id);
    return JSON.stringify(v);
  }
  return String(v);
}

/** The bot's "why" for one turn: intent and confidence, flow step, rules applied, KB articles used. */
export function ExplanationView({ explanation }: { explanation: Record<string, unknown> }): JSX.Element {
  const t = useStrings(consoleStrings);
  const confidence = typeof explanation.confidence === "number" ? `${Math.round(explanation.confidence * 100)}%` : "—";
  const rows: [string, string][] = [
    [t.intent, `${text(explanation.intent)} · ${confidence}`],
    [t.flow, `${text(explanation.flow)}${explanation.step ? ` → ${text(explanation.step)}` : ""}`],
    [t.rules, text(explanation.rules)],
    [t.entities, text(explanation.entities)],
    [t.sentiment, sentimentOf(explanation) ?? "—"],
    [t.kbArticles, text(explanation.kbArticleIds)],
    [t.source, text(explanation.source)],
  ];
  return (
    <dl className="con-why">
      {rows.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}
