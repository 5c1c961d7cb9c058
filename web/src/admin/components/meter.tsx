import type { JSX } from "react";

/** A share in [0, 1] as a thin bar with its label; turns warm above the given levels. */
export function Meter(props: { value: number; label: string; warnAt?: number; badAt?: number }): JSX.Element {
  const tone =
    props.badAt !== undefined && props.value >= props.badAt
      ? " bad"
      : props.warnAt !== undefined && props.value >= props.warnAt
        ? " warn"
        : "";
  return (
    <div className="adm-meter">
      <div className="adm-meter-track">
        <div className={`adm-meter-fill${tone}`} style={{ width: `${Math.round(Math.min(1, props.value) * 100)}%` }} />
      </div>
      <span className="adm-meter-label">{props.label}</span>
    </div>
  );
}
