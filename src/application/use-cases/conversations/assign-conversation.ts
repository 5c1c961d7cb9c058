import type { Conversation } from "../../../domain/conversation/conversation.js";
import type { Handoff } from "../../../domain/conversation/handoff.js";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import type { ConversationDeps } from "./conversation-deps.js";
import { publishAll, requireConversation } from "./conversation-helpers.js";
import { takeOver } from "./take-over.js";

/** Assigns a conversation to a staff member (the actor by default), taking it over from the bot. */
export async function assignConversation(
  deps: ConversationDeps,
  input: { conversationId: string; actorId: string; assigneeId?: string },
): Promise<{ conversation: Conversation; handoff: Handoff }> {
  const assigneeId = input.assigneeId ?? input.actorId;
  const result = await deps.store.transaction(async (tx) => {
    const assignee = await tx.staff.get(assigneeId);
    if (!assignee || assignee.disabled) {
      throw new KefuError("VALIDATION_FAILED", `No active staff user ${assigneeId}`, { details: { assigneeId } });
    }
    const conversation = await requireConversation(tx, input.conversationId);
    const now = deps.clock.nowIso();
    const taken = await takeOver(tx, deps.ids, conversation, assignee, now);
    await tx.audit.append({
      id: deps.ids.next("aud"),
      at: now,
      actor: { type: "staff", id: input.actorId },
      action: "conversation.assign",
      entityType: "conversation",
      entityId: conversation.id,
      details: { assigneeId, previousStatus: conversation.status, handoffId: taken.handoff.id },
    });
    return taken;
  });
  await publishAll(deps.eventBus, deps.logger, result.events);
  return { conversation: result.conversation, handoff: result.handoff };
}
