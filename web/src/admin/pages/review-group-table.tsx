import type { JSX } from "react";
import { ASPECT_LABELS, Aspect } from "../../../../src/domain/insights/aspects/aspect.js";
import { Meter } from "../components/meter.js";
import { scrollRegion } from "../components/scroll-region.js";
import type { ReviewGroupSummary } from "../lib/api-types.js";
import { formatNumber, formatPercent } from "../lib/format.js";
import { useAdminStrings } from "../lib/use-admin-strings.js";

/** The aspect with the most negative mentions, if any. */
function worstAspect(group: ReviewGroupSummary): Aspect | undefined {
  let worst: Aspect | undefined;
  for (const aspect of Aspect.options) {
    const negative = group.aspects[aspect]?.negative ?? 0;
    if (negative > 0 && (!worst || negative > (group.aspects[worst]?.negative ?? 0))) worst = aspect;
  }
  return worst;
}

/** Categories or products with counts, average sentiment, negative share and the top complaint. */
export function ReviewGroupTable(props: {
  groups: ReviewGroupSummary[];
  keyLabel: string;
  /** A display name for a key (product names instead of ids). */
  nameOf?: (key: string) => string | undefined;
}): JSX.Element {
  const { t, intl, locale } = useAdminStrings();
  const i = t.insights;
  return (
    <div className="adm-table-wrap" {...scrollRegion(props.keyLabel)}>
      <table className="adm-table">
        <thead>
          <tr>
            <th>{props.keyLabel}</th>
            <th className="num">{i.count}</th>
            <th className="num">{i.avgSentiment}</th>
            <th>{i.negativeShare}</th>
            <th>{i.topAspects}</th>
          </tr>
        </thead>
        <tbody>
          {props.groups.map((g) => {
            const worst = worstAspect(g);
            return (
              <tr key={`${g.category}|${g.key}`}>
                <td>
                  <div>{props.nameOf?.(g.key) ?? g.key}</div>
                  {g.key !== g.category && g.category ? <div className="adm-muted adm-small">{g.category}</div> : null}
                </td>
                <td className="num">{formatNumber(g.count, intl)}</td>
                <td className="num">{formatNumber(g.averageSentiment, intl, 2)}</td>
                <td>
                  <Meter
                    value={g.negativeShare}
                    label={formatPercent(g.negativeShare, intl)}
                    warnAt={0.2}
                    badAt={0.35}
                  />
                </td>
                <td>
                  {worst ? (
                    <span className="adm-badge adm-badge-bad">
                      {ASPECT_LABELS[worst][locale]} · {g.aspects[worst]?.negative}
                    </span>
                  ) : (
                    <span className="adm-muted">—</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
