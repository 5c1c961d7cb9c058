import type { Conversation } from "../../../domain/conversation/conversation.js";
import type { KefuEvent } from "../../ports/event-bus.js";
import type { ConversationDeps } from "./conversation-deps.js";
import { events, publishAll, requireConversation } from "./conversation-helpers.js";
import { conversationText } from "./conversation-texts.js";

/** Closes the conversation and its handoffs, then asks the shopper for a CSAT rating. */
export async function resolveConversation(
  deps: ConversationDeps,
  input: { conversationId: string; actor: { type: "staff" | "bot" | "system"; id: string } },
): Promise<Conversation> {
  const result = await deps.store.transaction(async (tx) => {
    const conversation = await requireConversation(tx, input.conversationId);
    if (conversation.status === "resolved") return { conversation, published: [] };
    const now = deps.clock.nowIso();
    const published: KefuEvent[] = [];
    for (const handoff of await tx.handoffs.listByConversation(conversation.id)) {
      if (handoff.status === "resolved") continue;
      const closed = { ...handoff, status: "resolved" as const, resolvedAt: now };
      await tx.handoffs.update(closed);
      published.push(events.handoff(closed));
    }
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
    await tx.conversations.update(next);
    await tx.audit.append({
      id: deps.ids.next("aud"),
      at: now,
      actor: input.actor,
      action: "conversation.resolve",
      entityType: "conversation",
      entityId: conversation.id,
      details: { previousStatus: conversation.status },
    });
    published.push(events.message(message), events.conversation(next));
    return { conversation: next, published };
  });
  await publishAll(deps.eventBus, deps.logger, result.published);
  return result.conversation;
}
