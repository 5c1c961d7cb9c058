import type { JSX } from "react";

/** One headline figure with a label, an optional hint line and an optional change against the previous period. */
export function KpiTile(props: {
  label: string;
  value: string;
  hint?: string;
  tone?: "good" | "bad" | "neutral";
  /** e.g. "+12% vs previous period"; `better` colours it. */
  delta?: { text: string; better: boolean | null };
  testId?: string;
}): JSX.Element {
  const deltaTone = props.delta?.better === null ? "flat" : props.delta?.better ? "up" : "down";
  return (
    <div className={`adm-kpi adm-kpi-${props.tone ?? "neutral"}`} data-testid={props.testId}>
      <div className="adm-kpi-label">{props.label}</div>
      <div className="adm-kpi-value">{props.value}</div>
      {props.hint ? <div className="adm-kpi-hint">{props.hint}</div> : null}
      {props.delta ? <div className={`adm-kpi-delta adm-kpi-delta-${deltaTone}`}>{props.delta.text}</div> : null}
    </div>
  );
}
