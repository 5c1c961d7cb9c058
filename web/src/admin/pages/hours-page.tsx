import { type JSX, useEffect, useState } from "react";
import { AvailabilitySettings } from "../../../../src/contract/settings-api.js";
import { Card, PageHeader } from "../components/card.js";
import { ErrorState, LoadingState } from "../components/states.js";
import { ApiError, apiRequest } from "../lib/api-client.js";
import { useAdminStrings } from "../lib/use-admin-strings.js";
import { useApi } from "../lib/use-api.js";
import { DayRow } from "./hours/day-row.js";
import {
  fromDraft,
  type HoursDraft,
  type HoursIssue,
  serverIssues,
  toDraft,
  validateDraft,
  WEEK,
} from "./hours/hours-draft.js";
import { HOURS_STRINGS } from "./hours/hours-strings.js";

const MODES = ["auto", "online", "away"] as const;

/** Weekday name in the UI language; 2023-01-01 was a Sunday, so day n is January 1 + n. */
function weekdayName(day: number, intl: string): string {
  return new Intl.DateTimeFormat(intl, { weekday: "long", timeZone: "UTC" }).format(Date.UTC(2023, 0, 1 + day));
}

/** Business hours, away/online override, expected reply time and the email fallback the widget offers. */
export function HoursPage(): JSX.Element {
  const { locale, intl } = useAdminStrings();
  const s = HOURS_STRINGS[locale];
  const stored = useApi<unknown>("/settings/availability");
  const [draft, setDraft] = useState<HoursDraft | null>(null);
  const [issues, setIssues] = useState<HoursIssue[]>([]);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const dayName = (day: number) => weekdayName(day, intl);

  useEffect(() => {
    const parsed = AvailabilitySettings.safeParse(stored.data);
    if (parsed.success) setDraft(toDraft(parsed.data));
  }, [stored.data]);

  async function save(current: HoursDraft): Promise<void> {
    setSaved(false);
    const local = validateDraft(current, s, dayName);
    setIssues(local);
    if (local.length) return;
    setBusy(true);
    try {
      const answer = AvailabilitySettings.parse(await apiRequest("PUT", "/settings/availability", fromDraft(current)));
      setDraft(toDraft(answer));
      setSaved(true);
    } catch (err) {
      const details = err instanceof ApiError ? err.details.issues : undefined;
      setIssues(serverIssues(details, current, s, dayName));
    } finally {
      setBusy(false);
    }
  }

  if (stored.error) return <ErrorState error={stored.error} onRetry={stored.reload} />;
  if (!draft) return <LoadingState rows={6} />;
  const set = (next: Partial<HoursDraft>) => {
    setDraft({ ...draft, ...next });
    setSaved(false);
  };
  const issueAt = (path: string) => issues.find((i) => i.path === path)?.message;

  return (
    <div className="adm-page" data-testid="admin-hours">
      <PageHeader title={s.title} subtitle={s.subtitle}>
        <button
          type="button"
          className="adm-btn"
          disabled={busy}
          onClick={() => void save(draft)}
          data-testid="hours-save"
        >
          {s.save}
        </button>
        {saved ? <span className="adm-success">✓ {s.saved}</span> : null}
      </PageHeader>
      {issues.length ? (
        <div className="adm-error" role="alert" data-testid="hours-errors">
          <strong>{s.errors}</strong>
          <ul className="adm-issue-list">
            {issues.map((i) => (
              <li key={`${i.path}:${i.message}`}>{i.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <Card title={s.availability}>
        <fieldset className="adm-form-row adm-fieldset">
          <legend className="adm-sr-only">{s.availability}</legend>
          {MODES.map((mode) => (
            <label key={mode} className="adm-toggle">
              <input type="radio" name="mode" checked={draft.mode === mode} onChange={() => set({ mode })} />
              {{ auto: s.modeAuto, online: s.modeOnline, away: s.modeAway }[mode]}
            </label>
          ))}
        </fieldset>
        <label className={`adm-field adm-mt${issueAt("timezone") ? " has-error" : ""}`}>
          <span>{s.timezone}</span>
          <input
            name="timezone"
            value={draft.timezone}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={issueAt("timezone") ? true : undefined}
            onChange={(e) => set({ timezone: e.target.value })}
          />
          <span className="adm-field-hint">{s.timezoneHint}</span>
        </label>
      </Card>
      <Card title={s.hours} subtitle={s.hoursHint}>
        <table className="adm-table adm-hours-table">
          <thead>
            <tr>
              <th scope="col">
                <span className="adm-sr-only">{s.hours}</span>
              </th>
              <th scope="col">{s.open}</th>
              <th scope="col">{s.close}</th>
            </tr>
          </thead>
          <tbody>
            {WEEK.map((day) => {
              const value = draft.days[day];
              return value ? (
                <DayRow
                  key={day}
                  day={day}
                  name={dayName(day)}
                  value={value}
                  error={issueAt(`day.${day}`)}
                  s={s}
                  onChange={(next) => set({ days: { ...draft.days, [day]: next } })}
                />
              ) : null;
            })}
          </tbody>
        </table>
      </Card>
      <Card title={s.reply}>
        <label className={`adm-field adm-field-narrow${issueAt("expectedReplyMinutes") ? " has-error" : ""}`}>
          <span>{s.expectedReply}</span>
          <input
            type="number"
            name="expectedReplyMinutes"
            inputMode="numeric"
            min={1}
            max={10080}
            value={draft.expectedReplyMinutes}
            onChange={(e) => set({ expectedReplyMinutes: e.target.value })}
          />
        </label>
        <label className="adm-toggle adm-mt">
          <input
            type="checkbox"
            checked={draft.emailFallback}
            onChange={(e) => set({ emailFallback: e.target.checked })}
          />
          {s.emailFallback}
        </label>
      </Card>
    </div>
  );
}
