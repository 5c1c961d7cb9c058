import type { JSX } from "react";
import { HandoffReason } from "../../../src/contract/entities.js";
import { useStrings } from "../shared/i18n.js";
import { type ConsoleStrings, consoleStrings } from "./console-strings.js";

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

/** The hand-off summary as a compact two-column grid, its field names in the UI language. */
export function HandoffSummaryView({ summary }: { summary: string }): JSX.Element {
  const t = useStrings(consoleStrings);
  return (
    <dl className="con-handoff-fields">
      {summaryFields(summary).map((f, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: summary lines have no identity beyond their position.
        <div key={i} className={f.key === "Tried" || f.key === "Last message" ? "is-wide" : ""}>
          <dt>{t.summaryKeys[f.key] ?? f.key}</dt>
          <dd>{f.key === "Reason" ? (reasonLabel(t, f.value) ?? f.value) : f.value}</dd>
        </div>
      ))}
    </dl>
  );
}
