import { z } from "zod";
import { MESSAGE_MAX_CHARS } from "../../contract/limits.js";
import { isFreeText, isPlainToken } from "./security/control-chars.js";

/** `?offset=&limit=` on every list; limit is capped at 500 like the store. */
export const PageQuery = z.object({
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

/** An id as it arrives in a path, query or frame: no control characters (PostgreSQL rejects NUL). */
export const IdString = z.string().min(1).max(200).refine(isPlainToken, "must not contain control characters");

export const IdParams = z.object({ id: IdString });

/** A chat message body from a shopper or an agent. */
export const MessageText = z
  .string()
  .trim()
  .min(1)
  .max(MESSAGE_MAX_CHARS)
  .refine(isFreeText, "must not contain control characters other than tab and line breaks");
export const ClientMessageId = IdString;

/** Applies offset/limit to an in-memory list, for repositories that return everything. */
export function pageOf<T>(items: T[], page: { offset: number; limit: number }): { items: T[]; total: number } {
  return { items: items.slice(page.offset, page.offset + page.limit), total: items.length };
}

/** A body that may be left out entirely (no payload, empty JSON body or null): it becomes `{}`. */
export function optionalBody<S extends z.ZodType>(schema: S) {
  return z.preprocess((value) => value ?? {}, schema);
}
