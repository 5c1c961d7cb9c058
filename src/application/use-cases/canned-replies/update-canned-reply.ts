import type { Actor } from "../../../domain/audit/audit-event.js";
import type { CannedReply, CannedReplyInput } from "../../../domain/canned/canned-reply.js";
import { checkCannedReplyInput } from "../../../domain/canned/check-canned-reply-input.js";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import { auditCannedReply, type CannedReplyDeps, ensureShortcutFree } from "./canned-reply-deps.js";

/** Replaces a canned reply's fields (admin); audited `canned_reply.update`. Saving the same fields again is harmless. */
export async function updateCannedReply(
  deps: CannedReplyDeps,
  id: string,
  input: CannedReplyInput,
  actor: Actor,
): Promise<CannedReply> {
  const checkedInput = checkCannedReplyInput(input);
  return deps.store.transaction(async (tx) => {
    const before = await tx.cannedReplies.get(id);
    if (!before) throw new KefuError("CANNED_REPLY_NOT_FOUND", `Canned reply ${id} does not exist`);
    const reply: CannedReply = { ...checkedInput, id, createdAt: before.createdAt, updatedAt: deps.clock.nowIso() };
    await ensureShortcutFree(tx, reply);
    await tx.cannedReplies.upsert(reply);
    await auditCannedReply(tx, deps, actor, "canned_reply.update", reply);
    return reply;
  });
}
