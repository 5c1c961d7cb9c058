import type { Conversation } from "../../domain/conversation/conversation.js";
import type { Message } from "../../domain/conversation/message.js";

/** A conversation as the shopper sees it: the bot's dialog state stays on the server. */
export function shopperConversation(c: Conversation): Omit<Conversation, "state"> {
  const { state: _state, ...rest } = c;
  return rest;
}

/** Whether a shopper may see a message at all: internal notes never leave the console. */
export function visibleToShopper(m: Message): boolean {
  return m.author !== "note";
}

/** A message as the shopper sees it: without the bot's internal explanation. */
export function shopperMessage(m: Message): Omit<Message, "explanation"> {
  const { explanation: _explanation, ...rest } = m;
  return rest;
}

/** Shopper-visible messages in shopper form. */
export function shopperMessages(messages: Message[]): Omit<Message, "explanation">[] {
  return messages.filter(visibleToShopper).map(shopperMessage);
}
