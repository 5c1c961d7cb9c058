import { z } from "zod/mini";

// Wire shapes of the records the API returns. zod/mini keeps the widget bundle small; the server's
// domain schemas are checked against these at compile time (src/drivers/http/contract-drift.ts).

export const Locale = z.enum(["en", "zh"]);
export type Locale = z.infer<typeof Locale>;

export const MessageAuthor = z.enum(["customer", "bot", "agent", "system", "note"]);
export type MessageAuthor = z.infer<typeof MessageAuthor>;

/** A quick-reply button; `value` is sent back as the shopper's message. */
export const QuickReply = z.object({ label: z.string(), value: z.string() });
export type QuickReply = z.infer<typeof QuickReply>;

/** A chat message; `seq` is gap-free per conversation so clients resume from it. */
export const Message = z.object({
  id: z.string(),
  conversationId: z.string(),
  seq: z.number(),
  author: MessageAuthor,
  authorId: z.optional(z.string()),
  text: z.string(),
  payload: z.record(z.string(), z.unknown()),
  explanation: z.optional(z.record(z.string(), z.unknown())),
  clientMessageId: z.optional(z.string()),
  createdAt: z.string(),
});
export type Message = z.infer<typeof Message>;

/** A message as the shopper receives it: never the bot's explanation. */
export const ShopperMessage = z.omit(Message, { explanation: true });
export type ShopperMessage = z.infer<typeof ShopperMessage>;

export const ConversationStatus = z.enum(["bot", "waiting_agent", "agent", "resolved"]);
export type ConversationStatus = z.infer<typeof ConversationStatus>;

export const Channel = z.enum(["widget", "api", "console", "email", "wechat"]);
export type Channel = z.infer<typeof Channel>;

export const Conversation = z.object({
  id: z.string(),
  channel: Channel,
  locale: Locale,
  status: ConversationStatus,
  verifiedCustomerId: z.optional(z.string()),
  assigneeId: z.optional(z.string()),
  /** Dialog state owned by the bot; staff only. */
  state: z.record(z.string(), z.unknown()),
  csat: z.optional(z.number()),
  createdAt: z.string(),
  updatedAt: z.string(),
  resolvedAt: z.optional(z.string()),
  lastSeq: z.number(),
});
export type Conversation = z.infer<typeof Conversation>;

/** A conversation as the shopper sees it: no dialog state. */
export const ShopperConversation = z.omit(Conversation, { state: true });
export type ShopperConversation = z.infer<typeof ShopperConversation>;

export const HandoffReason = z.enum([
  "requested",
  "negative_sentiment",
  "low_confidence",
  "policy_refusal",
  "repeated_failure",
  "agent_takeover",
  "platform_refused",
]);
export type HandoffReason = z.infer<typeof HandoffReason>;

/** A ticket in the human queue with the bot's summary. */
export const Handoff = z.object({
  id: z.string(),
  conversationId: z.string(),
  reason: HandoffReason,
  summary: z.string(),
  priority: z.number(),
  status: z.enum(["open", "assigned", "resolved"]),
  assigneeId: z.optional(z.string()),
  createdAt: z.string(),
  assignedAt: z.optional(z.string()),
  resolvedAt: z.optional(z.string()),
});
export type Handoff = z.infer<typeof Handoff>;
