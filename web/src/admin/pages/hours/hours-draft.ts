import type { AvailabilitySettings } from "../../../../../src/contract/settings-api.js";
import type { HoursStrings } from "./hours-strings.js";

/** Monday first, as shop hours are usually read; values are the API's weekday numbers (0 = Sunday). */
export const WEEK: readonly number[] = [1, 2, 3, 4, 5, 6, 0];

/** One weekday as the form edits it: the first opening range of the day. */
export interface DayDraft {
  open: boolean;
  from: string;
  to: string;
}

/** The settings as the form holds them; minutes stay text so a bad entry gets a sentence, not NaN. */
export interface HoursDraft {
  mode: AvailabilitySettings["mode"];
  timezone: string;
  days: Record<number, DayDraft>;
  /** Second ranges of a day (e.g. a lunch break) the form does not show; kept as stored. */
  extra: AvailabilitySettings["hours"];
  expectedReplyMinutes: string;
  emailFallback: boolean;
}

/** A field's problem, keyed like the server's issue paths so both kinds show in one list. */
export interface HoursIssue {
  path: string;
  message: string;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function toDraft(settings: AvailabilitySettings): HoursDraft {
  const days: Record<number, DayDraft> = {};
  const extra: AvailabilitySettings["hours"] = [];
  for (const day of WEEK) days[day] = { open: false, from: "09:00", to: "18:00" };
  for (const range of settings.hours) {
    const current = days[range.day];
    if (current && !current.open) days[range.day] = { open: true, from: range.open, to: range.close };
    else extra.push(range);
  }
  return {
    mode: settings.mode,
    timezone: settings.timezone,
    days,
    extra,
    expectedReplyMinutes: String(settings.expectedReplyMinutes),
    emailFallback: settings.emailFallback,
  };
}

export function fromDraft(draft: HoursDraft): AvailabilitySettings {
  const hours = WEEK.flatMap((day) => {
    const d = draft.days[day];
    return d?.open ? [{ day, open: d.from, close: d.to }] : [];
  });
  return {
    mode: draft.mode,
    timezone: draft.timezone.trim(),
    hours: [...hours, ...draft.extra.filter((r) => draft.days[r.day]?.open)],
    expectedReplyMinutes: Number(draft.expectedReplyMinutes),
    emailFallback: draft.emailFallback,
  };
}

/** Whether this browser knows the IANA zone; the server checks again with its own list. */
export function isKnownTimeZone(zone: string): boolean {
  if (zone.trim() === "") return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone.trim() });
    return true;
  } catch {
    return false;
  }
}

/** Everything the form can check before saving, each problem as one sentence. */
export function validateDraft(draft: HoursDraft, s: HoursStrings, dayName: (day: number) => string): HoursIssue[] {
  const issues: HoursIssue[] = [];
  if (!isKnownTimeZone(draft.timezone)) issues.push({ path: "timezone", message: s.badTimezone(draft.timezone) });
  for (const day of WEEK) {
    const d = draft.days[day];
    if (!d?.open) continue;
    if (!TIME.test(d.from) || !TIME.test(d.to)) issues.push({ path: `day.${day}`, message: s.badTime(dayName(day)) });
    else if (d.to <= d.from) issues.push({ path: `day.${day}`, message: s.badRange(dayName(day)) });
  }
  const minutes = Number(draft.expectedReplyMinutes);
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 7 * 24 * 60) {
    issues.push({ path: "expectedReplyMinutes", message: s.badMinutes });
  }
  return issues;
}

/** The server's validation issues (`details.issues`) as the same sentences the form uses. */
export function serverIssues(
  issues: unknown,
  draft: HoursDraft,
  s: HoursStrings,
  dayName: (day: number) => string,
): HoursIssue[] {
  if (!Array.isArray(issues) || issues.length === 0) return [{ path: "", message: s.badOther }];
  return issues.map((issue: unknown) => {
    const path = typeof issue === "object" && issue !== null && "path" in issue ? String(issue.path) : "";
    if (path.includes("timezone")) return { path: "timezone", message: s.badTimezone(draft.timezone) };
    if (path.includes("expectedReplyMinutes")) return { path: "expectedReplyMinutes", message: s.badMinutes };
    const index = Number(path.match(/hours[./](\d+)/)?.[1]);
    const range = Number.isInteger(index) ? fromDraft(draft).hours[index] : undefined;
    if (range) return { path: `day.${range.day}`, message: s.badTime(dayName(range.day)) };
    return { path, message: s.badOther };
  });
}
