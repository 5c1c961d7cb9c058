import { KefuError } from "../../../domain/errors/kefu-error.js";

/** Where a keyset page of conversations ends: the last row's (updatedAt, id). */
export interface ConversationCursor {
  updatedAt: string;
  id: string;
}

/** Opaque to clients: base64url of "updatedAt|id". */
export function encodeCursor(cursor: ConversationCursor): string {
  return Buffer.from(`${cursor.updatedAt}|${cursor.id}`, "utf8").toString("base64url");
}

export function decodeCursor(text: string): ConversationCursor {
  const [updatedAt, id, extra] = Buffer.from(text, "base64url").toString("utf8").split("|");
  if (!updatedAt || !id || extra !== undefined || Number.isNaN(Date.parse(updatedAt))) {
    throw new KefuError("VALIDATION_FAILED", "cursor is not one this API returned");
  }
  return { updatedAt, id };
}
