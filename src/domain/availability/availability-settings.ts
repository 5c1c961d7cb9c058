import { z } from "zod";

const Time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "HH:MM, 24-hour");

/** True when the runtime knows the IANA zone (an unknown one would make every later check throw). */
function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** When the support team answers chats, and what shoppers are told outside those hours. */
export const AvailabilitySettings = z.object({
  /** IANA time zone the hours are in. */
  timezone: z.string().min(1).max(64).refine(isKnownTimeZone, "an IANA time zone such as Asia/Shanghai").default("UTC"),
  /** Opening hours per weekday (0 = Sunday); a day without an entry is closed. */
  hours: z
    .array(z.object({ day: z.number().int().min(0).max(6), open: Time, close: Time }))
    .max(14)
    .default([1, 2, 3, 4, 5].map((day) => ({ day, open: "09:00", close: "18:00" }))),
  /** "auto" follows the hours; admins can force the team online or away. */
  mode: z.enum(["auto", "online", "away"]).default("auto"),
  /** Typical first reply during opening hours, in minutes. */
  expectedReplyMinutes: z
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 60)
    .default(5),
  /** Whether shoppers may leave an email address for a reply when nobody is online. */
  emailFallback: z.boolean().default(true),
});
export type AvailabilitySettings = z.infer<typeof AvailabilitySettings>;

export const DEFAULT_AVAILABILITY: AvailabilitySettings = AvailabilitySettings.parse({});

/** Weekday (0 = Sunday) and minutes since midnight of `at` in `timezone`. */
function localTime(at: Date, timezone: string): { day: number; minutes: number } {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: timezone,
    weekday: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  const day = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"].indexOf(get("weekday"));
  return { day, minutes: Number(get("hour")) * 60 + Number(get("minute")) };
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Whether the team is answering chats at `at`. */
export function isTeamAvailable(settings: AvailabilitySettings, at: Date): boolean {
  if (settings.mode !== "auto") return settings.mode === "online";
  const { day, minutes } = localTime(at, settings.timezone);
  return settings.hours.some((h) => h.day === day && minutes >= toMinutes(h.open) && minutes < toMinutes(h.close));
}
