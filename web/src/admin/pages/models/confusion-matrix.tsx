import type { JSX } from "react";
import { scrollRegion } from "../../components/scroll-region.js";
import { formatPercent } from "../../lib/format.js";
import type { ModelEvaluation } from "../../lib/model-types.js";
import { useAdminStrings } from "../../lib/use-admin-strings.js";

/** Shade of a cell: its share of the actual label's examples (green on the diagonal, red off it). */
function cellStyle(count: number, rowTotal: number, diagonal: boolean): { background?: string } {
  if (count === 0 || rowTotal === 0) return {};
  const share = 0.12 + 0.6 * (count / rowTotal);
  return {
    background: diagonal ? `rgba(22, 163, 106, ${share})` : `rgba(220, 38, 38, ${Math.min(0.75, share + 0.1)})`,
  };
}

/**
 * Rows are actual labels, columns predicted ones (numbered to stay narrow; the number's title
 * names the label), followed by each label's precision, recall and F1.
 */
export function ConfusionMatrix(props: { evaluation: ModelEvaluation; testId?: string }): JSX.Element {
  const { t, intl } = useAdminStrings();
  const m = t.models;
  const { labels, confusion, perClass } = props.evaluation;
  const name = (label: string) => m.labelNames[label] ?? label;
  return (
    <div className="adm-table-wrap" {...scrollRegion(t.nav.models)}>
      <table className="adm-table adm-confusion" data-testid={props.testId}>
        <caption className="adm-muted adm-small">{m.confusionHint}</caption>
        <thead>
          <tr>
            <th scope="col">
              {m.actual} \ {m.predicted}
            </th>
            {labels.map((label, i) => (
              <th key={label} scope="col" className="adm-confusion-col" title={name(label)}>
                <abbr title={name(label)}>{i + 1}</abbr>
              </th>
            ))}
            <th scope="col" className="num">
              {m.precision}
            </th>
            <th scope="col" className="num">
              {m.recall}
            </th>
            <th scope="col" className="num">
              {m.f1}
            </th>
            <th scope="col" className="num">
              {m.support}
            </th>
          </tr>
        </thead>
        <tbody>
          {labels.map((label, row) => {
            const counts = confusion[row] ?? [];
            const rowTotal = counts.reduce((a, b) => a + b, 0);
            const scores = perClass[row];
            return (
              <tr key={label}>
                <th scope="row" className="adm-confusion-label" title={label}>
                  <span className="adm-confusion-index">{row + 1}</span> {name(label)}
                </th>
                {labels.map((predicted, col) => {
                  const count = counts[col] ?? 0;
                  return (
                    <td
                      key={predicted}
                      className={`adm-confusion-cell${row === col ? " is-diagonal" : ""}`}
                      style={cellStyle(count, rowTotal, row === col)}
                      title={`${name(label)} → ${name(predicted)}: ${count}`}
                    >
                      {count === 0 ? "" : count}
                    </td>
                  );
                })}
                <td className="num">{formatPercent(scores?.precision, intl)}</td>
                <td className="num">{formatPercent(scores?.recall, intl)}</td>
                <td className="num">{formatPercent(scores?.f1, intl)}</td>
                <td className="num adm-muted">{scores?.support ?? 0}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
