import type { Conversation } from "../../../domain/conversation/conversation.js";
import type { Message } from "../../../domain/conversation/message.js";
import type { Locale } from "../../../domain/locale.js";
import type { AgentMessage } from "../../ports/conversation-agent.js";
import type { ConversationDeps } from "./conversation-deps.js";
import { events, publishAll } from "./conversation-helpers.js";
import { conversationText } from "./conversation-texts.js";

/** Starts a chat: stores the conversation and the bot's greeting in one transaction. */
export async function openConversation(
  deps: ConversationDeps,
  input: { channel: Conversation["channel"]; locale?: Locale },
): Promise<{ conversation: Conversation; messages: Message[] }> {
  const now = deps.clock.nowIso();
  const draft: Conversation = {
    id: deps.ids.next("conv"),
    channel: input.channel,
    locale: input.locale ?? "en",
    status: "bot",
    state: {},
    createdAt: now,
    updatedAt: now,
    lastSeq: 0,
  };
  const greeting = await greet(deps, draft);
  const result = await deps.store.transaction(async (tx) => {
    await tx.conversations.create(draft);
    // Audited so webhooks (conversation.created) and the log see every chat, whichever channel opened it.
    await tx.audit.append({
      id: deps.ids.next("aud"),
      at: now,
      actor: { type: "customer", id: draft.id },
      action: "conversation.open",
      entityType: "conversation",
      entityId: draft.id,
      details: { channel: draft.channel },
    });
    const messages: Message[] = [];
    for (const m of greeting) {
      const { message } = await tx.messages.append({
        conversationId: draft.id,
        author: "bot",
        text: m.text,
        payload: m.payload ?? {},
        explanation: m.explanation,
      });
      messages.push(message);
    }
    return { conversation: { ...draft, lastSeq: messages.at(-1)?.seq ?? 0 }, messages };
  });
  await publishAll(deps.eventBus, deps.logger, [
    events.conversation(result.conversation),
    ...result.messages.map(events.message),
  ]);
  return result;
}

/** The agent's greeting, or a fixed one when there is no agent or it fails. */
async function greet(deps: ConversationDeps, conversation: Conversation): Promise<AgentMessage[]> {
  if (deps.agent) {
    try {
      return await deps.agent.greet(conversation);
    } catch (err) {
      deps.logger.error({ err, conversationId: conversation.id }, "agent greeting failed");
    }
  }
  return [{ text: conversationText("greeting", conversation.locale) }];
}
