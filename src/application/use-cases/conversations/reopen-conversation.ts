import type { Conversation } from "../../../domain/conversation/conversation.js";
import type { ConversationDeps } from "./conversation-deps.js";
import { events, publishAll, requireConversation } from "./conversation-helpers.js";

/** Reopens a resolved conversation for the staff member who asks, who now owns it. */
export async function reopenConversation(
  deps: ConversationDeps,
  input: { conversationId: string; actorId: string },
): Promise<Conversation> {
  const next = await deps.store.transaction(async (tx) => {
    const conversation = await requireConversation(tx, input.conversationId);
    if (conversation.status !== "resolved") return undefined;
    const now = deps.clock.nowIso();
    const reopened: Conversation = {
      ...conversation,
      status: "agent",
      assigneeId: input.actorId,
      resolvedAt: undefined,
      updatedAt: now,
    };
    await tx.conversations.update(reopened);
    await tx.audit.append({
      id: deps.ids.next("aud"),
      at: now,
      actor: { type: "staff", id: input.actorId },
      action: "conversation.reopen",
      entityType: "conversation",
      entityId: conversation.id,
      details: {},
    });
    return reopened;
  });
  if (!next) return requireConversation(deps.store, input.conversationId);
  await publishAll(deps.eventBus, deps.logger, [events.conversation(next)]);
  return next;
}
