import type { JSX } from "react";
import { HandoffReason } from "../../../src/contract/entities.js";
import { useStrings } from "../shared/i18n.js";
import { consoleLabels } from "./console-labels.js";
import { type ConsoleStrings, consoleStrings } from "./console-strings.js";
import { summaryValue } from "./summary-values.js";

/** Splits the bot's "Key: value" summary lines; lines without a key are kept as plain text. */
export function summaryFields(summary: string): { key: string; value: string }[] {
  return summary
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const cut = line.indexOf(": ");
      return cut > 0 && cut < 24 ? { key: line.slice(0, cut), value: line.slice(cut + 2) } : { key: "", value: line };
    });
}

/** The console's label for a hand-off reason code, when it has one. */
function reasonLabel(t: ConsoleStrings, reason: string): string | undefined {
  const known = HandoffReason.options.find((r) => r === reason);
  return known ? t[`reason_${known}`] : undefined;
}

/** The hand-off summary as a compact two-column grid, field names and values in the UI language. */
export function HandoffSummaryView({ summary, customerName }: { summary: string; customerName?: string }): JSX.Element {
  const t = useStrings(consoleStrings);
  const w = useStrings(consoleLabels);
  return (
    <dl className="con-handoff-fields">
      {summaryFields(summary).map((f, i) => {
        // The shopper's own words stay as written; everything else is the bot's shorthand, put into words.
        const values =
          f.key === "Reason"
            ? [reasonLabel(t, f.value) ?? f.value]
            : f.key === "Last message"
              ? [f.value]
              : summaryValue(f.key, f.value, w, { customerName });
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: summary lines have no identity beyond their position.
          <div key={i} className={f.key === "Tried" || f.key === "Last message" ? "is-wide" : ""}>
            <dt>{t.summaryKeys[f.key] ?? f.key}</dt>
            <dd>
              {values.length > 1 ? (
                <ul className="con-handoff-tried">
                  {values.map((v, j) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: log entries may repeat word for word.
                    <li key={j}>{v}</li>
                  ))}
                </ul>
              ) : (
                values[0]
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
