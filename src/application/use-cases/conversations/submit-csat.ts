import type { Conversation } from "../../../domain/conversation/conversation.js";
import type { ConversationDeps } from "./conversation-deps.js";
import { events, publishAll, requireConversation } from "./conversation-helpers.js";

/** Records the shopper's 1-5 rating; a later rating replaces an earlier one. The comment goes to the audit log. */
export async function submitCsat(
  deps: ConversationDeps,
  input: { conversationId: string; rating: number; comment?: string },
): Promise<Conversation> {
  const next = await deps.store.transaction(async (tx) => {
    const conversation = await requireConversation(tx, input.conversationId);
    const now = deps.clock.nowIso();
    const rated: Conversation = { ...conversation, csat: input.rating, updatedAt: now };
    await tx.conversations.update(rated);
    await tx.audit.append({
      id: deps.ids.next("aud"),
      at: now,
      actor: { type: "customer", id: conversation.verifiedCustomerId ?? conversation.id },
      action: "conversation.csat",
      entityType: "conversation",
      entityId: conversation.id,
      details: { rating: input.rating, ...(input.comment ? { comment: input.comment } : {}) },
    });
    return rated;
  });
  await publishAll(deps.eventBus, deps.logger, [events.conversation(next)]);
  return next;
}
