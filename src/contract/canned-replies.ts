import { z } from "zod/mini";
import { Locale } from "./entities.js";

// Canned replies: the wire shape, the limits and the variable grammar, shared by the server (which
// refuses a reply it could not fill) and the console (which fills it) so the two never disagree.

/** Variables a canned reply may use, filled in the console from the open conversation. */
export const CANNED_VARIABLES = ["customer_name", "order_number", "tracking_link", "agent"] as const;
export type CannedVariable = (typeof CANNED_VARIABLES)[number];

/** Longest title and body an admin may save; a body must also fit in one chat message (MESSAGE_MAX_CHARS). */
export const CANNED_TITLE_MAX_CHARS = 80;
export const CANNED_BODY_MAX_CHARS = 2000;
/** A shortcut is typed after `/` in the composer: letters (any script), digits, `-` and `_`. */
export const CANNED_SHORTCUT_PATTERN = /^[\p{L}\p{N}_-]{1,32}$/u;

/** What the console does after sending the reply, in this order. */
export const CannedAction = z.enum(["assign_me", "handback", "resolve"]);
export type CannedAction = z.infer<typeof CannedAction>;

/** A stored canned reply (GET /canned-replies items, POST/PUT answers). */
export const CannedReply = z.object({
  id: z.string(),
  locale: Locale,
  shortcut: z.string(),
  title: z.string(),
  body: z.string(),
  actions: z.array(CannedAction),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CannedReply = z.infer<typeof CannedReply>;

/** GET /canned-replies. */
export const CannedReplyList = z.object({ items: z.array(CannedReply), total: z.number() });
export type CannedReplyList = z.infer<typeof CannedReplyList>;

/** One `{name}` in a body, where it stands. */
export interface VariableUse {
  name: string;
  start: number;
  end: number;
}

/** Every `{word}` in `text`, known or not, in order. Braces around anything else are plain text. */
export function variableUses(text: string): VariableUse[] {
  return [...text.matchAll(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g)].map((m) => ({
    name: m[1] ?? "",
    start: m.index,
    end: m.index + m[0].length,
  }));
}

export function isCannedVariable(name: string): name is CannedVariable {
  return (CANNED_VARIABLES as readonly string[]).includes(name);
}

/** The distinct `{names}` in `text` that are not canned variables (typos such as `{customer}`). */
export function unknownVariables(text: string): string[] {
  return [...new Set(variableUses(text).map((u) => u.name))].filter((n) => !isCannedVariable(n));
}
