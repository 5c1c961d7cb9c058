import type { ConversationDeps } from "../conversations/conversation-deps.js";
import { events, publishAll, requireConversation } from "../conversations/conversation-helpers.js";

/**
 * Records the email address a shopper left for a reply while nobody was online, as an internal
 * note the agents see in the transcript (never shown back to the shopper), and audits it.
 */
export async function leaveOfflineContact(
  deps: ConversationDeps,
  input: { conversationId: string; email: string; note?: string },
): Promise<void> {
  const message = await deps.store.transaction(async (tx) => {
    const conversation = await requireConversation(tx, input.conversationId);
    const text = `Shopper asked for a reply by email to ${input.email}${input.note ? `: ${input.note}` : ""}`;
    const { message } = await tx.messages.append({
      conversationId: conversation.id,
      author: "note",
      text,
      payload: { kind: "offline_contact", email: input.email },
    });
    await tx.conversations.update({ ...conversation, lastSeq: message.seq, updatedAt: message.createdAt });
    await tx.audit.append({
      id: deps.ids.next("aud"),
      at: deps.clock.nowIso(),
      actor: { type: "customer", id: conversation.verifiedCustomerId ?? conversation.id },
      action: "conversation.offline_contact",
      entityType: "conversation",
      entityId: conversation.id,
      details: {},
    });
    return message;
  });
  await publishAll(deps.eventBus, deps.logger, [events.message(message)]);
}
