import type { Conversation } from "../../../domain/conversation/conversation.js";
import type { KefuEvent } from "../../ports/event-bus.js";
import type { ConversationDeps } from "./conversation-deps.js";
import { events, publishAll, requireConversation } from "./conversation-helpers.js";
import { conversationText } from "./conversation-texts.js";

/** Gives the conversation back to the bot and closes its handoffs. */
export async function handbackConversation(
  deps: ConversationDeps,
  input: { conversationId: string; actorId: string },
): Promise<Conversation> {
  const result = await deps.store.transaction(async (tx) => {
    const conversation = await requireConversation(tx, input.conversationId);
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
    await tx.conversations.update(next);
    await tx.audit.append({
      id: deps.ids.next("aud"),
      at: now,
      actor: { type: "staff", id: input.actorId },
      action: "conversation.handback",
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
