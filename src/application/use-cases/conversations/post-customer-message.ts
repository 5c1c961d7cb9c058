import type { Conversation } from "../../../domain/conversation/conversation.js";
import type { Message } from "../../../domain/conversation/message.js";
import { answerFollowupSurvey } from "../insights/answer-followup-survey.js";
import type { ConversationDeps } from "./conversation-deps.js";
import { events, publishAll, requireConversation } from "./conversation-helpers.js";
import { conversationText } from "./conversation-texts.js";
import { runBotTurn } from "./run-bot-turn.js";

export interface PostCustomerMessageResult {
  /** The stored customer message (the first one stored, on a retry). */
  message: Message;
  /** The bot's turn; empty while a human owns the conversation or on a retry. */
  replies: Message[];
  duplicate: boolean;
}

/**
 * Stores a shopper's message durably, then lets the bot answer while the conversation is the bot's.
 * `onStored` fires as soon as the message is committed, so sockets can ack before the bot's turn.
 */
export async function postCustomerMessage(
  deps: ConversationDeps,
  input: {
    conversationId: string;
    text: string;
    clientMessageId: string;
    /** Rich content the channel carried (attachments). */
    payload?: Record<string, unknown>;
    onStored?: (message: Message) => void;
  },
): Promise<PostCustomerMessageResult> {
  return deps.locks.run(input.conversationId, async () => {
    const { message, duplicate, conversation } = await deps.store.transaction(async (tx) => {
      const before = await requireConversation(tx, input.conversationId);
      const appended = await tx.messages.append({
        conversationId: input.conversationId,
        author: "customer",
        text: input.text,
        payload: input.payload ?? {},
        clientMessageId: input.clientMessageId,
      });
      if (appended.duplicate) return { ...appended, conversation: before };
      // A shopper writing after resolution reopens the chat with the bot.
      const reopened = before.status === "resolved";
      const next = {
        ...before,
        status: reopened ? ("bot" as const) : before.status,
        resolvedAt: reopened ? undefined : before.resolvedAt,
        updatedAt: appended.message.createdAt,
        lastSeq: appended.message.seq,
      };
      await tx.conversations.update(next);
      return { ...appended, conversation: next };
    });
    if (duplicate) {
      input.onStored?.(message);
      return { message, replies: [], duplicate };
    }
    await publishAll(deps.eventBus, deps.logger, [events.message(message), events.conversation(conversation)]);
    input.onStored?.(message);
    // A rating sent in reply to a follow-up survey is recorded and thanked, not run through the dialog.
    const rated = await answerFollowupSurvey(deps, { conversationId: input.conversationId, text: input.text });
    if (rated) return { message, replies: [await thankForRating(deps, rated)], duplicate };
    const replies = conversation.status === "bot" ? await runBotTurn(deps, conversation, message) : [];
    return { message, replies, duplicate };
  });
}

async function thankForRating(deps: ConversationDeps, conversation: Conversation): Promise<Message> {
  const { message } = await deps.store.messages.append({
    conversationId: conversation.id,
    author: "bot",
    text: conversationText("csatThanks", conversation.locale),
    payload: { kind: "csat_thanks" },
  });
  await publishAll(deps.eventBus, deps.logger, [events.message(message)]);
  return message;
}
