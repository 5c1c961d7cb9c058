import type { Conversation } from "../../../domain/conversation/conversation.js";
import type { Handoff } from "../../../domain/conversation/handoff.js";
import type { Message } from "../../../domain/conversation/message.js";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import type { EventBus, KefuEvent } from "../../ports/event-bus.js";
import type { Logger } from "../../ports/logger.js";
import type { Repositories } from "../../ports/store.js";

/** Loads a conversation or fails with CONVERSATION_NOT_FOUND. */
export async function requireConversation(repos: Repositories, id: string): Promise<Conversation> {
  const conversation = await repos.conversations.get(id);
  if (!conversation) throw new KefuError("CONVERSATION_NOT_FOUND", `Conversation ${id} does not exist`);
  return conversation;
}

/** The newest handoff that is still open or assigned, if any. */
export function activeHandoff(handoffs: Handoff[]): Handoff | undefined {
  return handoffs
    .filter((h) => h.status !== "resolved")
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .at(-1);
}

/** Publishes after commit; a failed fan-out is logged, never undoes what is already stored. */
export async function publishAll(bus: EventBus, logger: Logger, events: KefuEvent[]): Promise<void> {
  for (const event of events) {
    try {
      await bus.publish(event);
    } catch (err) {
      const conversationId = "conversationId" in event ? event.conversationId : undefined;
      logger.warn({ err, eventType: event.type, conversationId }, "event publish failed");
    }
  }
}

/** Event helpers so call sites stay one line each. */
export const events = {
  conversation: (conversation: Conversation): KefuEvent => ({
    type: "conversation.updated",
    conversationId: conversation.id,
    conversation,
  }),
  message: (message: Message): KefuEvent => ({
    type: "message.created",
    conversationId: message.conversationId,
    message,
  }),
  handoff: (handoff: Handoff): KefuEvent => ({
    type: "handoff.updated",
    conversationId: handoff.conversationId,
    handoff,
  }),
};
