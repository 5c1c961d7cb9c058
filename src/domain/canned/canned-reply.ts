import { z } from "zod";
import { Locale } from "../locale.js";

/** What the console runs after sending a canned reply (a macro), in this order. */
export const CannedAction = z.enum(["assign_me", "handback", "resolve"]);
export type CannedAction = z.infer<typeof CannedAction>;

/** A reply agents insert from the composer, in one language, with optional follow-up actions. */
export const CannedReply = z.object({
  id: z.string().min(1),
  locale: Locale,
  /** Typed after `/` in the composer; unique per locale. */
  shortcut: z.string().min(1),
  title: z.string().min(1),
  /** May hold `{customer_name}`, `{order_number}`, `{tracking_link}` and `{agent}`. */
  body: z.string().min(1),
  actions: z.array(CannedAction),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CannedReply = z.infer<typeof CannedReply>;

/**
 * What an admin sends. Lengths and variables are checked by `checkCannedReplyInput` rather than
 * here, so each mistake gets its own error code instead of a generic VALIDATION_FAILED.
 */
export const CannedReplyInput = z.object({
  locale: Locale,
  shortcut: z.string(),
  title: z.string(),
  body: z.string(),
  actions: z.array(CannedAction).max(3).default([]),
});
export type CannedReplyInput = z.infer<typeof CannedReplyInput>;
