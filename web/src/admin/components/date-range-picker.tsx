import type { JSX } from "react";
import { toDateInput } from "../lib/format.js";
import { useAdminStrings } from "../lib/use-admin-strings.js";

/** A period in local calendar days, `to` inclusive. */
export interface DateRange {
  from: string;
  to: string;
}

const DAY = 86_400_000;

/** The last `days` days up to today. */
export function lastDays(days: number, now = new Date()): DateRange {
  return { from: toDateInput(new Date(now.getTime() - (days - 1) * DAY)), to: toDateInput(now) };
}

/** `since`/`until` ISO instants for the API: local midnights, `until` exclusive. */
export function rangeToQuery(range: DateRange): { since: string; until: string } {
  const since = new Date(`${range.from}T00:00:00`);
  const until = new Date(new Date(`${range.to}T00:00:00`).getTime() + DAY);
  return { since: since.toISOString(), until: until.toISOString() };
}

const PRESETS = [7, 30, 90] as const;

export function DateRangePicker(props: { value: DateRange; onChange: (range: DateRange) => void }): JSX.Element {
  const { t } = useAdminStrings();
  const labels = { 7: t.range.last7, 30: t.range.last30, 90: t.range.last90 };
  const active = PRESETS.find((d) => {
    const preset = lastDays(d);
    return preset.from === props.value.from && preset.to === props.value.to;
  });
  return (
    <div className="adm-range">
      <div className="adm-segmented">
        {PRESETS.map((d) => (
          <button
            key={d}
            type="button"
            className={active === d ? "is-active" : ""}
            onClick={() => props.onChange(lastDays(d))}
          >
            {labels[d]}
          </button>
        ))}
      </div>
      <label className="adm-inline-field">
        <span>{t.range.from}</span>
        <input
          type="date"
          value={props.value.from}
          max={props.value.to}
          onChange={(e) => e.target.value && props.onChange({ ...props.value, from: e.target.value })}
        />
      </label>
      <label className="adm-inline-field">
        <span>{t.range.to}</span>
        <input
          type="date"
          value={props.value.to}
          min={props.value.from}
          onChange={(e) => e.target.value && props.onChange({ ...props.value, to: e.target.value })}
        />
      </label>
    </div>
  );
}
