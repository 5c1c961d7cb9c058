import type { Actor } from "../../../domain/audit/audit-event.js";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import { auditCannedReply, type CannedReplyDeps } from "./canned-reply-deps.js";

/** Deletes a canned reply (admin); audited `canned_reply.delete` with what it said. */
export async function deleteCannedReply(deps: CannedReplyDeps, id: string, actor: Actor): Promise<void> {
  await deps.store.transaction(async (tx) => {
    const reply = await tx.cannedReplies.get(id);
    if (!reply || !(await tx.cannedReplies.delete(id))) {
      throw new KefuError("CANNED_REPLY_NOT_FOUND", `Canned reply ${id} does not exist`);
    }
    await auditCannedReply(tx, deps, actor, "canned_reply.delete", reply);
  });
}
