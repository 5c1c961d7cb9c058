import type { QuietHours } from "./followup-rules.js";
import { zonedParts, zonedWallTimeToDate } from "./zoned-time.js";

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Whether `date` falls in the quiet hours of `timeZone` (start inclusive, end exclusive). */
export function isQuietTime(date: Date, quiet: QuietHours | null, timeZone: string): boolean {
  if (!quiet) return false;
  const p = zonedParts(date, timeZone);
  const now = p.hour * 60 + p.minute;
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  if (start === end) return false;
  return start < end ? now >= start && now < end : now >= start || now < end;
}

/** `date` itself when sending is allowed, else the moment the quiet hours end in the shop's zone. */
export function nextAllowedTime(date: Date, quiet: QuietHours | null, timeZone: string): Date {
  if (!quiet || !isQuietTime(date, quiet, timeZone)) return date;
  const p = zonedParts(date, timeZone);
  const end = minutesOf(quiet.end);
  const endHour = Math.floor(end / 60);
  const endMinute = end % 60;
  // Before midnight in a window that spans it, the window ends tomorrow.
  const tomorrow = p.hour * 60 + p.minute >= end;
  const day = new Date(Date.UTC(p.year, p.month - 1, p.day + (tomorrow ? 1 : 0)));
  return zonedWallTimeToDate(
    {
      year: day.getUTCFullYear(),
      month: day.getUTCMonth() + 1,
      day: day.getUTCDate(),
      hour: endHour,
      minute: endMinute,
    },
    timeZone,
  );
}
