import { z } from "zod";
import { isValidTimeZone } from "./zoned-time.js";

const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "expected HH:MM (24 h)");

/** When shoppers must not be messaged, as local wall-clock times; may span midnight (21:00–09:00). */
export const QuietHours = z.object({ start: ClockTime, end: ClockTime });
export type QuietHours = z.infer<typeof QuietHours>;

/** The shop's follow-up (回访) rules, stored in settings under `followups.rules`. */
export const FollowupRules = z.object({
  enabled: z.boolean().default(true),
  afterDelivery: z
    .object({
      enabled: z.boolean().default(true),
      delayHours: z
        .number()
        .min(0)
        .max(24 * 60)
        .default(72),
    })
    .default({ enabled: true, delayHours: 72 }),
  afterResolved: z
    .object({
      enabled: z.boolean().default(true),
      delayHours: z
        .number()
        .min(0)
        .max(24 * 60)
        .default(24),
    })
    .default({ enabled: true, delayHours: 24 }),
  /** Where the message goes: the chat widget (shown on the next visit) or the API channel (shop webhook). */
  channel: z.enum(["widget", "api"]).default("widget"),
  /** null = no quiet hours. */
  quietHours: QuietHours.nullable().default({ start: "21:00", end: "09:00" }),
  timeZone: z.string().refine(isValidTimeZone, "unknown time zone").default("Asia/Shanghai"),
  /** Ask for a 1–5 rating in the follow-up. */
  csatSurvey: z.boolean().default(true),
  /** Events older than this are not followed up, so switching rules on does not message old orders. */
  maxAgeDays: z.number().int().min(1).max(365).default(14),
});
export type FollowupRules = z.infer<typeof FollowupRules>;

/** The defaults, as stored when a shop has none. */
export const DEFAULT_FOLLOWUP_RULES: FollowupRules = FollowupRules.parse({});

/** Settings keys of the rules and the opt-out list (customer ids). */
export const FOLLOWUP_RULES_KEY = "followups.rules";
export const FOLLOWUP_OPT_OUT_KEY = "followups.optOut";

/** The job type that sends one follow-up. */
export const FOLLOWUP_JOB = "followup.send";
