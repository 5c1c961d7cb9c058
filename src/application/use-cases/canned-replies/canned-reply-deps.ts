import type { Actor } from "../../../domain/audit/audit-event.js";
import type { CannedReply } from "../../../domain/canned/canned-reply.js";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import type { Clock } from "../../ports/clock.js";
import type { IdGenerator } from "../../ports/id-generator.js";
import type { Repositories, Store } from "../../ports/store.js";

export interface CannedReplyDeps {
  store: Store;
  clock: Clock;
  ids: IdGenerator;
}

/** Appends the audit event of an admin's change to a canned reply (inside the caller's transaction). */
export async function auditCannedReply(
  tx: Repositories,
  deps: CannedReplyDeps,
  actor: Actor,
  action: "canned_reply.create" | "canned_reply.update" | "canned_reply.delete",
  reply: CannedReply,
): Promise<void> {
  await tx.audit.append({
    id: deps.ids.next("aud"),
    at: deps.clock.nowIso(),
    actor,
    action,
    entityType: "canned_reply",
    entityId: reply.id,
    details: { locale: reply.locale, shortcut: reply.shortcut, title: reply.title, actions: reply.actions },
  });
}

/** Refuses a shortcut another reply of the same language already uses. */
export async function ensureShortcutFree(tx: Repositories, reply: CannedReply): Promise<void> {
  const holder = await tx.cannedReplies.findByShortcut(reply.locale, reply.shortcut);
  if (holder && holder.id !== reply.id) {
    throw new KefuError("CANNED_REPLY_SHORTCUT_TAKEN", `The shortcut /${reply.shortcut} is already used`, {
      details: { field: "shortcut", id: holder.id, issues: [{ path: "shortcut", message: "already used" }] },
    });
  }
}
