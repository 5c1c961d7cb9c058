import type { Conversation } from "../../../domain/conversation/conversation.js";
import type { ConversationDeps } from "./conversation-deps.js";
import { publishAll, requireConversation } from "./conversation-helpers.js";
import { conversationText } from "./conversation-texts.js";
import { closeOpenHandoffs, saveStatusChange } from "./status-change-steps.js";

/** Closes the conversation and its handoffs, then asks the shopper for a CSAT rating. */
export async function resolveConversation(
  deps: ConversationDeps,
  input: { conversationId: string; actor: { type: "staff" | "bot" | "system"; id: string } },
): Promise<Conversation> {
  const result = await deps.store.transaction(async (tx) => {
    const conversation = await requireConversation(tx, input.conversationId);
    if (conversation.status === "resolved") return { conversation, published: [] };
    const now = deps.clock.nowIso();
    const published = await closeOpenHandoffs(tx, conversation.id, now);
    const { message } = await tx.messages.append({
      conversationId: conversation.id,
      author: "system",
      text: conversationText("csatPrompt", conversation.locale),
      payload: {
        kind: "csat_prompt",
        quickReplies: [1, 2, 3, 4, 5].map((n) => ({ label: "★".repeat(n), value: String(n) })),
      },
    });
    const next: Conversation = {
      ...conversation,
      status: "resolved",
      resolvedAt: now,
      updatedAt: now,
      lastSeq: message.seq,
    };
    const saved = await saveStatusChange(tx, deps.ids, {
      before: conversation,
      next,
      message,
      at: now,
      actor: input.actor,
      action: "conversation.resolve",
    });
    return { conversation: next, published: [...published, ...saved] };
  });
  await publishAll(deps.eventBus, deps.logger, result.published);
  return result.conversation;
}
