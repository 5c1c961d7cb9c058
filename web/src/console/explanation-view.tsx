import type { JSX, ReactNode } from "react";
import { useLocale, useStrings } from "../shared/i18n.js";
import { consoleLabels, label } from "./console-labels.js";
import { consoleStrings } from "./console-strings.js";
import { sentimentOf } from "./queue-signals.js";
import { ruleLines } from "./rule-lines.js";
import { percent } from "./summary-values.js";

function text(v: unknown): string {
  if (v === null || v === undefined || v === "") return "—";
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : v.toFixed(2);
  if (typeof v === "string" || typeof v === "boolean") return String(v);
  if (Array.isArray(v)) return v.length ? v.map(text).join(", ") : "—";
  if (typeof v === "object") {
    const o = Object.fromEntries(Object.entries(v));
    if ("type" in o && "value" in o) return `${text(o.type)}: ${text(o.value)}`;
    if ("id" in o) return text(o.id);
    if ("name" in o) return text(o.name);
    // Anything else as "key: value" pairs rather than JSON.
    return Object.entries(o)
      .map(([k, x]) => `${k}: ${text(x)}`)
      .join(", ");
  }
  return String(v);
}

/** The bot's "why" for one turn: intent and confidence, flow step, rules applied, KB articles used. */
export function ExplanationView({ explanation }: { explanation: Record<string, unknown> }): JSX.Element {
  const t = useStrings(consoleStrings);
  const w = useStrings(consoleLabels);
  const confidence = typeof explanation.confidence === "number" ? percent(explanation.confidence) : "—";
  const named = (v: unknown) => (typeof v === "string" ? label(w.topics, v) : text(v));
  const [locale] = useLocale();
  const rules = ruleLines(explanation.rules, w, locale);
  const sentiment = sentimentOf(explanation);
  const rows: [string, ReactNode][] = [
    [t.intent, `${named(explanation.intent)} · ${confidence}`],
    [t.flow, `${named(explanation.flow)}${explanation.step ? ` → ${text(explanation.step)}` : ""}`],
    [
      t.rules,
      rules.length ? (
        <ul key="rules" className="con-why-rules" data-testid="why-rules">
          {rules.map((r, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a rule may be checked twice in one turn.
            <li key={i} className={r.passed ? "is-passed" : "is-failed"}>
              <span aria-hidden="true">{r.passed ? "✓" : "✗"}</span>
              <span className="k-sr-only">{r.passed ? w.passed : w.failed}:</span> {r.text}
              {r.detail ? <span className="con-muted"> — {r.detail}</span> : null}
            </li>
          ))}
        </ul>
      ) : (
        "—"
      ),
    ],
    [t.entities, text(explanation.entities)],
    [t.sentiment, sentiment ? label(w.sentiments, sentiment) : "—"],
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
