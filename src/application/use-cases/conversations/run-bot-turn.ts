import type { Conversation } from "../../../domain/conversation/conversation.js";
import type { Handoff } from "../../../domain/conversation/handoff.js";
import type { Message } from "../../../domain/conversation/message.js";
import type { AgentTurn } from "../../ports/conversation-agent.js";
import type { KefuEvent } from "../../ports/event-bus.js";
import type { ConversationDeps } from "./conversation-deps.js";
import { activeHandoff, events, publishAll, requireConversation } from "./conversation-helpers.js";
import { conversationText } from "./conversation-texts.js";

/**
 * Asks the bot for its turn after `message` is stored and persists the reply. Any failure in the
 * agent becomes a polite fallback and a handoff; the customer's message is already safe.
 */
export async function runBotTurn(
  deps: ConversationDeps,
  conversation: Conversation,
  message: Message,
): Promise<Message[]> {
  const turn = await askAgent(deps, conversation, message);
  try {
    return await persistTurn(deps, conversation.id, turn);
  } catch (err) {
    deps.logger.error({ err, conversationId: conversation.id }, "storing the bot turn failed");
    return persistTurn(deps, conversation.id, fallbackTurn(conversation, "botFailed"));
  }
}

async function askAgent(deps: ConversationDeps, conversation: Conversation, message: Message): Promise<AgentTurn> {
  if (!deps.agent) return fallbackTurn(conversation, "noBot");
  try {
    return await deps.agent.reply({ conversation, message });
  } catch (err) {
    deps.logger.error({ err, conversationId: conversation.id }, "agent reply failed");
    return fallbackTurn(conversation, "botFailed");
  }
}

/** A bilingual holding line plus a handoff, used when there is no bot or it failed. */
function fallbackTurn(conversation: Conversation, text: "botFailed" | "noBot"): AgentTurn {
  return {
    messages: [{ text: conversationText(text, conversation.locale), explanation: { fallback: text } }],
    conversation,
    handoff: {
      reason: text === "botFailed" ? "repeated_failure" : "requested",
      summary: text === "botFailed" ? "The assistant failed to answer; please take over." : "No assistant configured.",
      priority: 50,
    },
  };
}

async function persistTurn(deps: ConversationDeps, conversationId: string, turn: AgentTurn): Promise<Message[]> {
  const now = deps.clock.nowIso();
  const { messages, published } = await deps.store.transaction(async (tx) => {
    const current = await requireConversation(tx, conversationId);
    const stored: Message[] = [];
    for (const m of turn.messages) {
      const { message } = await tx.messages.append({
        conversationId,
        author: "bot",
        text: m.text,
        payload: m.payload ?? {},
        explanation: m.explanation,
      });
      stored.push(message);
    }
    // A human may have taken over while the bot was thinking: then the human keeps ownership.
    const humanOwns = current.status !== "bot";
    const next: Conversation = {
      ...current,
      state: turn.conversation.state,
      locale: turn.conversation.locale,
      verifiedCustomerId: turn.conversation.verifiedCustomerId ?? current.verifiedCustomerId,
      status: humanOwns ? current.status : turn.handoff ? "waiting_agent" : turn.conversation.status,
      resolvedAt: humanOwns ? current.resolvedAt : turn.conversation.resolvedAt,
      updatedAt: now,
      lastSeq: stored.at(-1)?.seq ?? current.lastSeq,
    };
    await tx.conversations.update(next);
    const out: KefuEvent[] = [...stored.map(events.message), events.conversation(next)];
    if (turn.handoff && !humanOwns && !activeHandoff(await tx.handoffs.listByConversation(conversationId))) {
      const handoff: Handoff = {
        id: deps.ids.next("hof"),
        conversationId,
        reason: turn.handoff.reason,
        summary: turn.handoff.summary,
        priority: Math.max(0, Math.min(100, Math.round(turn.handoff.priority))),
        status: "open",
        createdAt: now,
      };
      await tx.handoffs.create(handoff);
      await tx.audit.append({
        id: deps.ids.next("aud"),
        at: now,
        actor: { type: "bot", id: "kefu" },
        action: "conversation.handoff",
        entityType: "conversation",
        entityId: conversationId,
        details: { reason: handoff.reason, priority: handoff.priority },
      });
      out.push(events.handoff(handoff));
    }
    return { messages: stored, published: out };
  });
  await publishAll(deps.eventBus, deps.logger, published);
  return messages;
}
