import type { Actor, AuditEvent } from "../../../domain/audit/audit-event.js";
import type { Conversation } from "../../../domain/conversation/conversation.js";
import type { Message } from "../../../domain/conversation/message.js";
import type { KefuEvent } from "../../ports/event-bus.js";
import type { IdGenerator } from "../../ports/id-generator.js";
import type { Repositories } from "../../ports/store.js";
import { events } from "./conversation-helpers.js";

/** Resolves the conversation's open or assigned handoffs; returns the events to publish after commit. */
export async function closeOpenHandoffs(
  tx: Pick<Repositories, "handoffs">,
  conversationId: string,
  now: string,
): Promise<KefuEvent[]> {
  const published: KefuEvent[] = [];
  for (const handoff of await tx.handoffs.listByConversation(conversationId)) {
    if (handoff.status === "resolved") continue;
    const closed = { ...handoff, status: "resolved" as const, resolvedAt: now };
    await tx.handoffs.update(closed);
    published.push(events.handoff(closed));
  }
  return published;
}

/** Stores the changed conversation and its audit event (noting the status it left); returns the events to publish. */
export async function saveStatusChange(
  tx: Pick<Repositories, "conversations" | "audit">,
  ids: IdGenerator,
  change: { before: Conversation; next: Conversation; message: Message; at: string; actor: Actor; action: string },
): Promise<KefuEvent[]> {
  const { before, next } = change;
  await tx.conversations.update(next);
  const audit: AuditEvent = {
    id: ids.next("aud"),
    at: change.at,
    actor: change.actor,
    action: change.action,
    entityType: "conversation",
    entityId: before.id,
    details: { previousStatus: before.status },
  };
  await tx.audit.append(audit);
  return [events.message(change.message), events.conversation(next)];
}
