import type { JSX } from "react";
import { scrollRegion } from "../../components/scroll-region.js";
import { formatDateTime, formatNumber, formatPercent } from "../../lib/format.js";
import type { ModelVersion } from "../../lib/model-types.js";
import { useAdminStrings } from "../../lib/use-admin-strings.js";

/** One row per stored version, newest first; the active one is badged, the others can be activated. */
export function VersionTable(props: {
  versions: ModelVersion[];
  shownId: string | undefined;
  busy: boolean;
  onShow: (v: ModelVersion) => void;
  onActivate: (v: ModelVersion) => void;
}): JSX.Element {
  const { t, intl } = useAdminStrings();
  const m = t.models;
  return (
    <div className="adm-table-wrap" {...scrollRegion(t.nav.models)}>
      <table className="adm-table" data-testid="model-versions">
        <thead>
          <tr>
            <th>{m.version}</th>
            <th>{m.trained}</th>
            <th className="num">{m.examples}</th>
            <th className="num">{m.accuracy}</th>
            <th className="num">{m.macroF1}</th>
            <th>{m.source}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {props.versions.map((v) => {
            const figures = v.evaluation ?? v.meta.metrics[0];
            const shown = v.id === props.shownId;
            return (
              <tr key={v.id} className={shown ? "is-selected" : ""} data-testid="model-version">
                <td>
                  <span className="adm-mono">{v.id}</span>{" "}
                  {v.active ? <span className="adm-badge adm-badge-good">{m.active}</span> : null}
                </td>
                <td className="adm-muted adm-nowrap">{formatDateTime(v.meta.createdAt, intl)}</td>
                <td className="num">{formatNumber(v.meta.trainingExamples, intl)}</td>
                <td className="num">{formatPercent(figures?.accuracy, intl)}</td>
                <td className="num">{formatPercent(figures?.macroF1, intl)}</td>
                <td className="adm-muted adm-small">{v.meta.source}</td>
                <td className="num adm-nowrap">
                  <button
                    type="button"
                    className="adm-btn adm-btn-sm adm-btn-ghost"
                    aria-pressed={shown}
                    onClick={() => props.onShow(v)}
                  >
                    {shown ? m.viewing : m.view}
                  </button>{" "}
                  {v.active ? null : (
                    <button
                      type="button"
                      className="adm-btn adm-btn-sm"
                      disabled={props.busy}
                      onClick={() => props.onActivate(v)}
                    >
                      {m.activate}
                    </button>
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
