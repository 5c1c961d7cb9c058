import type { z } from "zod";
import { parseJson, parseValue } from "../../domain/parse-json.js";

/** Serialises an entity for its `doc` column. */
export function toDoc(value: unknown): string {
  return JSON.stringify(value);
}

/** Parses a stored `doc` back through the domain schema, so a corrupted row fails loudly. */
export function fromDoc<S extends z.ZodType>(schema: S, doc: string, what: string): z.infer<S> {
  return parseJson(schema, doc, `stored ${what}`);
}

/** Validates an entity before it is written, so nothing unreadable ever reaches the table. */
export function checked<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  return parseValue(schema, value, what);
}
