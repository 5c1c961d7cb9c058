import type { JSX } from "react";
import type { DayDraft } from "./hours-draft.js";
import type { HoursStrings } from "./hours-strings.js";

/** One weekday: open or closed, and its opening and closing times. */
export function DayRow(props: {
  day: number;
  name: string;
  value: DayDraft;
  error: string | undefined;
  s: HoursStrings;
  onChange: (next: DayDraft) => void;
}): JSX.Element {
  const { day, name, value, error, s, onChange } = props;
  const errorId = `hours-day-${day}-error`;
  return (
    <tr className={error ? "has-error" : ""} data-testid={`hours-day-${day}`}>
      <th scope="row">
        <label className="adm-toggle">
          <input
            type="checkbox"
            checked={value.open}
            aria-label={s.openDay(name)}
            onChange={(e) => onChange({ ...value, open: e.target.checked })}
          />
          {name}
        </label>
      </th>
      <td>
        <input
          type="time"
          aria-label={`${name} · ${s.open}`}
          value={value.from}
          disabled={!value.open}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(e) => onChange({ ...value, from: e.target.value })}
        />
      </td>
      <td>
        <input
          type="time"
          aria-label={`${name} · ${s.close}`}
          value={value.to}
          disabled={!value.open}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(e) => onChange({ ...value, to: e.target.value })}
        />
        {error ? (
          <span className="adm-field-error" id={errorId}>
            {" "}
            {error}
          </span>
        ) : null}
      </td>
    </tr>
  );
}
