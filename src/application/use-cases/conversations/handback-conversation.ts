import type { Conversation } from "../../../domain/conversation/conversation.js";
import type { ConversationDeps } from "./conversation-deps.js";
import { publishAll, requireConversation } from "./conversation-helpers.js";
import { conversationText } from "./conversation-texts.js";
import { closeOpenHandoffs, saveStatusChange } from "./status-change-steps.js";

/** Gives the conversation back to the bot and closes its handoffs. */
export async function handbackConversation(
  deps: ConversationDeps,
  input: { conversationId: string; actorId: string },
): Promise<Conversation> {
  const result = await deps.store.transaction(async (tx) => {
    const conversation = await requireConversation(tx, input.conversationId);
    const now = deps.clock.nowIso();
    const published = await closeOpenHandoffs(tx, conversation.id, now);
    const { message } = await tx.messages.append({
      conversationId: conversation.id,
      author: "system",
      authorId: input.actorId,
      text: conversationText("handedBack", conversation.locale),
      payload: { kind: "handed_back" },
    });
    const next: Conversation = {
      ...conversation,
      status: "bot",
      assigneeId: undefined,
      resolvedAt: undefined,
      updatedAt: now,
      lastSeq: message.seq,
    };
    const saved = await saveStatusChange(tx, deps.ids, {
      before: conversation,
      next,
      message,
      at: now,
      actor: { type: "staff", id: input.actorId },
      action: "conversation.handback",
    });
    return { conversation: next, published: [...published, ...saved] };
  });
  await publishAll(deps.eventBus, deps.logger, result.published);
  return result.conversation;
}
