import type { Conversation } from "../../../domain/conversation/conversation.js";
import type { Handoff } from "../../../domain/conversation/handoff.js";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import type { KefuEvent } from "../../ports/event-bus.js";
import type { Repositories } from "../../ports/store.js";
import type { ConversationDeps } from "./conversation-deps.js";
import { activeHandoff, events, publishAll, requireConversation } from "./conversation-helpers.js";
import { takeOver } from "./take-over.js";

/** Where a conversation goes: one colleague, or back to the shared queue for whoever is free. */
export type TransferTarget = { kind: "staff"; staffId: string } | { kind: "queue" };

/**
 * Hands a conversation to a colleague (who then holds it) or back to the queue, leaving an
 * internal note with the reason so the next agent needn't re-read everything.
 */
export async function transferConversation(
  deps: ConversationDeps,
  input: { conversationId: string; actorId: string; to: TransferTarget; note?: string },
): Promise<{ conversation: Conversation; handoff: Handoff }> {
  const result = await deps.store.transaction(async (tx) => {
    const conversation = await requireConversation(tx, input.conversationId);
    if (conversation.status === "resolved") {
      throw new KefuError("VALIDATION_FAILED", "Reopen a resolved conversation before transferring it");
    }
    const actor = await tx.staff.get(input.actorId);
    const now = deps.clock.nowIso();
    const moved =
      input.to.kind === "staff"
        ? await toColleague(tx, deps, conversation, input.to.staffId, now)
        : await toQueue(tx, deps, conversation, now);
    const targetName = moved.assigneeName ?? "queue";
    const noteText = [`${actor?.name ?? input.actorId} → ${targetName}`, input.note?.trim()].filter(Boolean).join(": ");
    const { message } = await tx.messages.append({
      conversationId: conversation.id,
      author: "note",
      authorId: input.actorId,
      text: noteText,
      payload: { kind: "transfer", to: input.to },
    });
    const next = { ...moved.conversation, lastSeq: message.seq, updatedAt: now };
    await tx.conversations.update(next);
    await tx.audit.append({
      id: deps.ids.next("aud"),
      at: now,
      actor: { type: "staff", id: input.actorId },
      action: "conversation.transfer",
      entityType: "conversation",
      entityId: conversation.id,
      details: { to: input.to, previousAssigneeId: conversation.assigneeId ?? null },
    });
    const published: KefuEvent[] = [...moved.events, events.message(message), events.conversation(next)];
    return { conversation: next, handoff: moved.handoff, published };
  });
  await publishAll(deps.eventBus, deps.logger, result.published);
  return { conversation: result.conversation, handoff: result.handoff };
}

async function toColleague(
  tx: Repositories,
  deps: ConversationDeps,
  conversation: Conversation,
  staffId: string,
  now: string,
) {
  const assignee = await tx.staff.get(staffId);
  if (!assignee || assignee.disabled) {
    throw new KefuError("VALIDATION_FAILED", `No active staff user ${staffId}`, { details: { staffId } });
  }
  const taken = await takeOver(tx, deps.ids, conversation, assignee, now);
  return { ...taken, assigneeName: assignee.name };
}

async function toQueue(tx: Repositories, deps: ConversationDeps, conversation: Conversation, now: string) {
  const open = activeHandoff(await tx.handoffs.listByConversation(conversation.id));
  const handoff: Handoff = open
    ? { ...open, status: "open", assigneeId: undefined, assignedAt: undefined }
    : {
        id: deps.ids.next("hof"),
        conversationId: conversation.id,
        reason: "agent_takeover",
        summary: "Transferred to the queue by an agent.",
        priority: 0,
        status: "open",
        createdAt: now,
      };
  if (open) await tx.handoffs.update(handoff);
  else await tx.handoffs.create(handoff);
  const next: Conversation = { ...conversation, status: "waiting_agent", assigneeId: undefined, updatedAt: now };
  return { conversation: next, handoff, events: [events.handoff(handoff)], assigneeName: undefined };
}
