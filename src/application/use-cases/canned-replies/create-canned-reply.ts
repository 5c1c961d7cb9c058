import type { Actor } from "../../../domain/audit/audit-event.js";
import type { CannedReply, CannedReplyInput } from "../../../domain/canned/canned-reply.js";
import { checkCannedReplyInput } from "../../../domain/canned/check-canned-reply-input.js";
import { auditCannedReply, type CannedReplyDeps, ensureShortcutFree } from "./canned-reply-deps.js";

/** Adds a canned reply (admin); audited `canned_reply.create`. */
export async function createCannedReply(
  deps: CannedReplyDeps,
  input: CannedReplyInput,
  actor: Actor,
): Promise<CannedReply> {
  const checkedInput = checkCannedReplyInput(input);
  const now = deps.clock.nowIso();
  const reply: CannedReply = { ...checkedInput, id: deps.ids.next("canned"), createdAt: now, updatedAt: now };
  return deps.store.transaction(async (tx) => {
    await ensureShortcutFree(tx, reply);
    await tx.cannedReplies.upsert(reply);
    await auditCannedReply(tx, deps, actor, "canned_reply.create", reply);
    return reply;
  });
}
