import type { Conversation } from "../../domain/conversation/conversation.js";
import type { HandoffReason } from "../../domain/conversation/handoff.js";
import type { Message } from "../../domain/conversation/message.js";

/** One bot message to persist, with rich payload and the "why" behind it. */
export interface AgentMessage {
  text: string;
  /** quickReplies: QuickReply[], orderCards, citations … rendered by the widget. */
  payload?: Record<string, unknown>;
  /** intent, confidence, entities, flow step, rule results, KB article ids. */
  explanation?: Record<string, unknown>;
}

/** What the bot decided for one customer message; the caller persists and publishes it. */
export interface AgentTurn {
  messages: AgentMessage[];
  /** The conversation after the turn: new dialog state, locale, verifiedCustomerId, status. */
  conversation: Conversation;
  /** Set when the bot hands the conversation to a human. */
  handoff?: { reason: HandoffReason; summary: string; priority: number };
}

/**
 * The bot. Called after the customer's message is durably stored, only while the conversation
 * is in `bot` status. Store writes it performs (cancel, return…) go through use cases.
 */
export interface ConversationAgent {
  reply(input: { conversation: Conversation; message: Message }): Promise<AgentTurn>;
  /** The greeting shown when a conversation opens. */
  greet(conversation: Conversation): Promise<AgentMessage[]>;
}
