import type { JSX } from "react";
import { KpiTile } from "../../components/kpi-tile.js";
import { formatPercent } from "../../lib/format.js";
import type { ModelEvaluation, ModelVersion } from "../../lib/model-types.js";
import { useAdminStrings } from "../../lib/use-admin-strings.js";
import { ConfusionMatrix } from "./confusion-matrix.js";

/** Headline figures of an evaluation and its confusion matrix. */
export function EvaluationFigures(props: { evaluation: ModelEvaluation; testId: string }): JSX.Element {
  const { t, intl } = useAdminStrings();
  const m = t.models;
  const e = props.evaluation;
  return (
    <div data-testid={props.testId}>
      <div className="adm-kpis">
        <KpiTile label={m.accuracy} value={formatPercent(e.accuracy, intl)} testId={`${props.testId}-accuracy`} />
        <KpiTile label={m.macroP} value={formatPercent(e.macroPrecision, intl)} />
        <KpiTile label={m.macroR} value={formatPercent(e.macroRecall, intl)} />
        <KpiTile label={m.macroF1} value={formatPercent(e.macroF1, intl)} />
      </div>
      <h3 className="adm-subhead">{m.confusion}</h3>
      <ConfusionMatrix evaluation={e} testId={`${props.testId}-confusion`} />
    </div>
  );
}

/** A version trained before confusion matrices were kept: the summary figures from its meta.json. */
export function MetaFigures(props: { version: ModelVersion }): JSX.Element {
  const { t, intl } = useAdminStrings();
  const m = t.models;
  const figures = props.version.meta.metrics[0];
  if (!figures) return <p className="adm-notice">{m.noEvaluation}</p>;
  return (
    <div data-testid="heldout-evaluation">
      <div className="adm-kpis">
        <KpiTile label={m.accuracy} value={formatPercent(figures.accuracy, intl)} />
        <KpiTile label={m.macroP} value={formatPercent(figures.macroPrecision, intl)} />
        <KpiTile label={m.macroR} value={formatPercent(figures.macroRecall, intl)} />
        <KpiTile label={m.macroF1} value={formatPercent(figures.macroF1, intl)} />
      </div>
      <p className="adm-notice">{m.noMatrix}</p>
    </div>
  );
}
