import type { JSX } from "react";

/** One headline figure with a label and an optional hint line. */
export function KpiTile(props: {
  label: string;
  value: string;
  hint?: string;
  tone?: "good" | "bad" | "neutral";
  testId?: string;
}): JSX.Element {
  return (
    <div className={`adm-kpi adm-kpi-${props.tone ?? "neutral"}`} data-testid={props.testId}>
      <div className="adm-kpi-label">{props.label}</div>
      <div className="adm-kpi-value">{props.value}</div>
      {props.hint ? <div className="adm-kpi-hint">{props.hint}</div> : null}
    </div>
  );
}
