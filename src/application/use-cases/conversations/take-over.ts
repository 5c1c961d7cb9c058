import type { Conversation } from "../../../domain/conversation/conversation.js";
import type { Handoff } from "../../../domain/conversation/handoff.js";
import type { StaffUser } from "../../../domain/staff/staff-user.js";
import type { KefuEvent } from "../../ports/event-bus.js";
import type { IdGenerator } from "../../ports/id-generator.js";
import type { Repositories } from "../../ports/store.js";
import { activeHandoff, events } from "./conversation-helpers.js";
import { conversationText } from "./conversation-texts.js";

/**
 * Inside a transaction: gives the conversation to `assignee`, assigning the open handoff (or
 * recording a takeover one) and telling the shopper who joined. Returns the events to publish.
 */
export async function takeOver(
  tx: Repositories,
  ids: IdGenerator,
  conversation: Conversation,
  assignee: StaffUser,
  now: string,
): Promise<{ conversation: Conversation; handoff: Handoff; events: KefuEvent[] }> {
  const open = activeHandoff(await tx.handoffs.listByConversation(conversation.id));
  const handoff: Handoff = open
    ? { ...open, status: "assigned", assigneeId: assignee.id, assignedAt: now }
    : {
        id: ids.next("hof"),
        conversationId: conversation.id,
        reason: "agent_takeover",
        summary: "Taken over by an agent.",
        priority: 0,
        status: "assigned",
        assigneeId: assignee.id,
        createdAt: now,
        assignedAt: now,
      };
  if (open) await tx.handoffs.update(handoff);
  else await tx.handoffs.create(handoff);
  const published: KefuEvent[] = [];
  let lastSeq = conversation.lastSeq;
  if (conversation.assigneeId !== assignee.id) {
    const { message } = await tx.messages.append({
      conversationId: conversation.id,
      author: "system",
      authorId: assignee.id,
      text: conversationText("agentJoined", conversation.locale, { name: assignee.name }),
      payload: { kind: "agent_joined" },
    });
    lastSeq = message.seq;
    published.push(events.message(message));
  }
  const next: Conversation = {
    ...conversation,
    status: "agent",
    assigneeId: assignee.id,
    resolvedAt: undefined,
    updatedAt: now,
    lastSeq,
  };
  await tx.conversations.update(next);
  published.push(events.conversation(next), events.handoff(handoff));
  return { conversation: next, handoff, events: published };
}
