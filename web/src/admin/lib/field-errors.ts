import type { ApiError } from "./api-client.js";

/** Field path in dot form (`returns.windowDays`, `tags.0`). */
export type FieldPath = string;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `/a/b`, `a.b`, `["a","b"]` or `body.a.b` → `a.b`. */
export function normalizePath(path: unknown): FieldPath {
  const parts = Array.isArray(path)
    ? path.map(String)
    : String(path ?? "")
        .replace(/^\/+/, "")
        .split(/[/.]/);
  const clean = parts.filter((p) => p !== "");
  if (clean[0] === "body") clean.shift();
  return clean.join(".");
}

/**
 * Server validation issues by field. Reads `details.issues` (`[{ path, message }]`, the HTTP
 * layer's shape) and `details.fieldErrors` (`{ path: message | message[] }`); "" holds the rest.
 */
export function fieldErrorsOf(error: ApiError | undefined): Map<FieldPath, string> {
  const errors = new Map<FieldPath, string>();
  if (!error) return errors;
  const add = (path: FieldPath, message: string) => {
    const previous = errors.get(path);
    errors.set(path, previous ? `${previous}; ${message}` : message);
  };
  const issues = error.details.issues;
  if (Array.isArray(issues)) {
    for (const issue of issues) {
      if (isRecord(issue)) add(normalizePath(issue.path), String(issue.message ?? error.message));
    }
  }
  const fieldErrors = error.details.fieldErrors;
  if (isRecord(fieldErrors)) {
    for (const [path, message] of Object.entries(fieldErrors)) {
      add(normalizePath(path), Array.isArray(message) ? message.join("; ") : String(message));
    }
  }
  if (errors.size === 0) add("", error.message);
  return errors;
}
