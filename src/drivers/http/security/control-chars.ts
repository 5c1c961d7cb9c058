import type { FastifySchemaCompiler } from "fastify";
import { validatorCompiler } from "fastify-type-provider-zod";
import type { ZodType } from "zod";
import { KefuError } from "../../../domain/errors/kefu-error.js";

const TAB = 9;
const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;

/**
 * Whether the text holds a C0 control character or DEL (never valid in ids, path segments or query
 * values); with `allowWhitespace`, tab, line feed and carriage return are allowed, as in free text.
 */
export function hasControlChar(text: string, allowWhitespace: boolean): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 31 && c !== 127) continue;
    if (allowWhitespace && (c === TAB || c === LINE_FEED || c === CARRIAGE_RETURN)) continue;
    return true;
  }
  return false;
}

/** The text with every control character shown as "?", for log lines and error messages. */
export function withoutControlChars(text: string): string {
  let out = "";
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    out += c < 32 || c === 127 ? "?" : ch;
  }
  return out;
}

/**
 * The JSON-pointer path of the first string (value or key) holding a forbidden control character,
 * or undefined. PostgreSQL rejects NUL in text, so these must stop here rather than reach storage.
 */
export function findControlChar(value: unknown, allowWhitespace: boolean, path = ""): string | undefined {
  if (typeof value === "string") return hasControlChar(value, allowWhitespace) ? path || "/" : undefined;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = findControlChar(item, allowWhitespace, `${path}/${i}`);
      if (found) return found;
    }
    return undefined;
  }
  if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (hasControlChar(key, allowWhitespace)) return `${path}/${withoutControlChars(key)}`;
      const found = findControlChar(item, allowWhitespace, `${path}/${key}`);
      if (found) return found;
    }
  }
  return undefined;
}

/** A zod refinement message-compatible predicate: text without control characters (except \t \n \r). */
export function isFreeText(text: string): boolean {
  return !hasControlChar(text, true);
}

/** An id or other single-line token: no control characters at all. */
export function isPlainToken(text: string): boolean {
  return !hasControlChar(text, false);
}

/**
 * The zod validator compiler, preceded on params, query strings and bodies by a control-character
 * check (400 VALIDATION_FAILED naming the field); bodies may keep \t \n \r in free text.
 */
export const controlCharSafeValidatorCompiler: FastifySchemaCompiler<ZodType> = (route) => {
  const validate = validatorCompiler(route);
  if (route.httpPart === "headers") return validate;
  const where = route.httpPart ?? "request";
  const allowWhitespace = route.httpPart === "body";
  return (data: unknown) => {
    const path = findControlChar(data, allowWhitespace);
    if (path === undefined) return validate(data);
    const message = `Invalid ${where}: ${path} contains a control character`;
    return { error: new KefuError("VALIDATION_FAILED", message, { details: { issues: [{ path, message }] } }) };
  };
};
