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

/** An opaque token from `prepare`; the agent keeps what it stands for. */
export type PreparedTurn = object;

/**
 * The bot. Called after the customer's message is durably stored, only while the conversation
 * is in `bot` status. Store writes it performs (cancel, return…) go through use cases.
 */
export interface ConversationAgent {
  /**
   * Optional work done before the turn's transaction, from the conversation as read then and the
   * shopper's text (understanding, model calls). The runner passes the result to `reply` only when
   * the conversation is still at that version; otherwise it prepares again.
   */
  prepare?(input: { conversation: Conversation; text: string }): Promise<PreparedTurn>;
  /** The turn, run inside the turn's transaction; `prepared` is what `prepare` returned, when it was called. */
  reply(input: { conversation: Conversation; message: Message; prepared?: PreparedTurn }): Promise<AgentTurn>;
  /** The greeting shown when a conversation opens. */
  greet(conversation: Conversation): Promise<AgentMessage[]>;
}
