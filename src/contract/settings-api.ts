import { z } from "zod";

/** GET|PUT /settings/availability: when the team answers chats (admin-edited, read by the widget). */
export const AvailabilitySettings = z.object({
  /** IANA time zone the hours are in; the server refuses a zone it does not know. */
  timezone: z.string(),
  /** Opening hours per weekday (0 = Sunday), "HH:MM" 24-hour; a day without an entry is closed. */
  hours: z.array(z.object({ day: z.number(), open: z.string(), close: z.string() })),
  /** "auto" follows the hours; "online" and "away" override them. */
  mode: z.enum(["auto", "online", "away"]),
  /** Typical first reply during opening hours, in minutes. */
  expectedReplyMinutes: z.number(),
  /** Whether shoppers may leave an email address when nobody is online. */
  emailFallback: z.boolean(),
});
export type AvailabilitySettings = z.infer<typeof AvailabilitySettings>;
