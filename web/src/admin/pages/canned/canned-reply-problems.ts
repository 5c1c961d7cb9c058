import {
  CANNED_BODY_MAX_CHARS,
  CANNED_SHORTCUT_PATTERN,
  CANNED_TITLE_MAX_CHARS,
  CANNED_VARIABLES,
  unknownVariables,
} from "../../../../../src/contract/canned-replies.js";
import type { ApiError } from "../../lib/api-client.js";
import type { CannedAdminStrings } from "./canned-admin-strings.js";

/** A form field a problem belongs to ("" for the form as a whole). */
export type CannedField = "shortcut" | "title" | "body" | "actions" | "";

export interface CannedDraftFields {
  shortcut: string;
  title: string;
  body: string;
}

const braces = (names: readonly string[]) => names.map((n) => `{${n}}`).join(", ");

/** What is wrong with a draft before it is sent, in words, by field (the same rules the server applies). */
export function draftProblems(draft: CannedDraftFields, t: CannedAdminStrings["error"]): Map<CannedField, string> {
  const problems = new Map<CannedField, string>();
  const title = draft.title.trim();
  const body = draft.body.trim();
  if (!CANNED_SHORTCUT_PATTERN.test(draft.shortcut.trim())) problems.set("shortcut", t.shortcutInvalid);
  if (!title) problems.set("title", t.titleEmpty);
  else if (title.length > CANNED_TITLE_MAX_CHARS) problems.set("title", t.titleTooLong(CANNED_TITLE_MAX_CHARS));
  const unknown = unknownVariables(body);
  if (!body) problems.set("body", t.bodyEmpty);
  else if (body.length > CANNED_BODY_MAX_CHARS) problems.set("body", t.bodyTooLong(CANNED_BODY_MAX_CHARS));
  else if (unknown.length) problems.set("body", t.unknownVariable(braces(unknown), braces(CANNED_VARIABLES)));
  return problems;
}

/** The server's refusal in words, on the field it names (codes in docs/errors.md). */
export function serverProblem(error: ApiError, t: CannedAdminStrings["error"]): [CannedField, string] {
  const field = error.details.field;
  const on: CannedField = field === "shortcut" || field === "title" || field === "body" ? field : "";
  const max = typeof error.details.maxChars === "number" ? error.details.maxChars : 0;
  const variables = Array.isArray(error.details.variables) ? error.details.variables.map(String) : [];
  switch (error.code) {
    case "CANNED_REPLY_EMPTY":
      return [on, on === "title" ? t.titleEmpty : t.bodyEmpty];
    case "CANNED_REPLY_TOO_LONG":
      return [on, on === "title" ? t.titleTooLong(max) : t.bodyTooLong(max)];
    case "CANNED_REPLY_UNKNOWN_VARIABLE":
      return ["body", t.unknownVariable(braces(variables), braces(CANNED_VARIABLES))];
    case "CANNED_REPLY_SHORTCUT_INVALID":
      return ["shortcut", t.shortcutInvalid];
    case "CANNED_REPLY_SHORTCUT_TAKEN":
      return ["shortcut", t.shortcutTaken];
    case "CANNED_REPLY_ACTIONS_CONFLICT":
      return ["actions", t.actionsConflict];
    case "CANNED_REPLY_NOT_FOUND":
      return ["", t.notFound];
    default:
      return ["", error.message];
  }
}
