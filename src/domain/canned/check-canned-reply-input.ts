import {
  CANNED_BODY_MAX_CHARS,
  CANNED_SHORTCUT_PATTERN,
  CANNED_TITLE_MAX_CHARS,
  CANNED_VARIABLES,
  unknownVariables,
} from "../../contract/canned-replies.js";
import type { ErrorCode } from "../errors/error-codes.js";
import { KefuError } from "../errors/kefu-error.js";
import type { CannedAction, CannedReplyInput } from "./canned-reply.js";

function refuse(code: ErrorCode, field: string, message: string, details: Record<string, unknown> = {}): never {
  // `issues` in the HTTP layer's shape lets forms put the message beside the field.
  throw new KefuError(code, message, { details: { field, ...details, issues: [{ path: field, message }] } });
}

/** Actions in run order, each once; resolving and handing back to the bot exclude each other. */
function normalizeActions(actions: CannedAction[]): CannedAction[] {
  const set = new Set(actions);
  if (set.has("resolve") && set.has("handback")) {
    refuse("CANNED_REPLY_ACTIONS_CONFLICT", "actions", "A reply can resolve the chat or hand it back, not both");
  }
  return (["assign_me", "handback", "resolve"] as const).filter((a) => set.has(a));
}

/** Trims and checks an admin's canned reply; throws a KefuError with a specific code on the first problem. */
export function checkCannedReplyInput(input: CannedReplyInput): CannedReplyInput {
  const shortcut = input.shortcut.trim();
  const title = input.title.trim();
  const body = input.body.trim();
  if (!title) refuse("CANNED_REPLY_EMPTY", "title", "The title is empty");
  if (!body) refuse("CANNED_REPLY_EMPTY", "body", "The reply text is empty");
  if (title.length > CANNED_TITLE_MAX_CHARS) {
    refuse("CANNED_REPLY_TOO_LONG", "title", `The title is over ${CANNED_TITLE_MAX_CHARS} characters`, {
      maxChars: CANNED_TITLE_MAX_CHARS,
    });
  }
  if (body.length > CANNED_BODY_MAX_CHARS) {
    refuse("CANNED_REPLY_TOO_LONG", "body", `The reply text is over ${CANNED_BODY_MAX_CHARS} characters`, {
      maxChars: CANNED_BODY_MAX_CHARS,
    });
  }
  if (!CANNED_SHORTCUT_PATTERN.test(shortcut)) {
    refuse(
      "CANNED_REPLY_SHORTCUT_INVALID",
      "shortcut",
      "The shortcut must be 1–32 letters, digits, '-' or '_' (no spaces)",
    );
  }
  const unknown = unknownVariables(body);
  if (unknown.length > 0) {
    refuse(
      "CANNED_REPLY_UNKNOWN_VARIABLE",
      "body",
      `Unknown variable ${unknown.map((n) => `{${n}}`).join(", ")}; use ${CANNED_VARIABLES.map((n) => `{${n}}`).join(", ")}`,
      { variables: unknown, known: [...CANNED_VARIABLES] },
    );
  }
  return { locale: input.locale, shortcut, title, body, actions: normalizeActions(input.actions) };
}
