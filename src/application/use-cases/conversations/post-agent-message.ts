import type { Message } from "../../../domain/conversation/message.js";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import { maskSecrets } from "../../../domain/privacy/secret-masker.js";
import type { KefuEvent } from "../../ports/event-bus.js";
import type { Repositories } from "../../ports/store.js";
import type { ConversationDeps } from "./conversation-deps.js";
import { events, publishAll, requireConversation } from "./conversation-helpers.js";
import { takeOver } from "./take-over.js";

/**
 * A staff reply (author "agent") or an internal note (author "note", never shown to shoppers).
 * A reply to a conversation the bot or the queue still owns takes it over first; a reply to one
 * another agent holds is refused (CONVERSATION_ASSIGNED_TO_OTHER) unless `takeover` is explicit.
 */
export async function postAgentMessage(
  deps: ConversationDeps,
  unmasked: {
    conversationId: string;
    staffId: string;
    text: string;
    clientMessageId: string;
    internal?: boolean;
    /** Take the conversation over from the agent holding it instead of being refused. */
    takeover?: boolean;
  },
): Promise<{ message: Message; duplicate: boolean }> {
  // An agent pasting a card number must not store it either.
  const input = { ...unmasked, text: maskSecrets(unmasked.text) };
  const result = await deps.store.transaction(async (tx) => {
    const staff = await tx.staff.get(input.staffId);
    if (!staff || staff.disabled) throw new KefuError("FORBIDDEN", "This staff account cannot post messages");
    let conversation = await requireConversation(tx, input.conversationId);
    const published: KefuEvent[] = [];
    const now = deps.clock.nowIso();
    const isReply = !input.internal;
    const heldByOther =
      conversation.status === "agent" && !!conversation.assigneeId && conversation.assigneeId !== staff.id;
    if (isReply && heldByOther && !input.takeover) await refuseHeldByOther(tx, conversation.assigneeId ?? "");
    if (isReply && (conversation.status === "bot" || conversation.status === "waiting_agent" || heldByOther)) {
      const taken = await takeOver(tx, deps.ids, conversation, staff, now);
      conversation = taken.conversation;
      published.push(...taken.events);
    }
    const { message, duplicate } = await tx.messages.append({
      conversationId: input.conversationId,
      author: isReply ? "agent" : "note",
      authorId: staff.id,
      text: input.text,
      payload: {},
      clientMessageId: input.clientMessageId,
    });
    // A retry finds its message stored; the first attempt already took over and audited.
    if (duplicate) return { message, duplicate, published };
    const next = { ...conversation, updatedAt: now, lastSeq: message.seq };
    await tx.conversations.update(next);
    await tx.audit.append({
      id: deps.ids.next("aud"),
      at: now,
      actor: { type: "staff", id: staff.id },
      action: isReply ? "conversation.reply" : "conversation.note",
      entityType: "conversation",
      entityId: input.conversationId,
      details: { messageId: message.id, seq: message.seq },
    });
    published.push(events.message(message), events.conversation(next));
    return { message, duplicate, published };
  });
  await publishAll(deps.eventBus, deps.logger, result.published);
  return { message: result.message, duplicate: result.duplicate };
}

async function refuseHeldByOther(tx: Repositories, assigneeId: string): Promise<never> {
  const holder = await tx.staff.get(assigneeId);
  const assigneeName = holder?.name ?? assigneeId;
  throw new KefuError(
    "CONVERSATION_ASSIGNED_TO_OTHER",
    `${assigneeName} is handling this conversation; send takeover: true to take it over`,
    { details: { assigneeId, assigneeName } },
  );
}
