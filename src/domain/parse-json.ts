import type { z } from "zod";
import { KefuError } from "./errors/kefu-error.js";

/** Parses JSON text and validates it, throwing VALIDATION_FAILED with the zod issues on failure. */
export function parseJson<S extends z.ZodType>(schema: S, text: string, what = "input"): z.infer<S> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (cause) {
    throw new KefuError("VALIDATION_FAILED", `${what} is not valid JSON`, { cause });
  }
  return parseValue(schema, raw, what);
}

/** Validates an already-parsed value with a readable error listing the first issues. */
export function parseValue<S extends z.ZodType>(schema: S, value: unknown, what = "input"): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.slice(0, 5).map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
  throw new KefuError("VALIDATION_FAILED", `${what} is invalid: ${issues.join("; ")}`, {
    details: { issues: result.error.issues.slice(0, 20) },
  });
}
