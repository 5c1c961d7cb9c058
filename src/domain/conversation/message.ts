import { z } from "zod";

export const MessageAuthor = z.enum(["customer", "bot", "agent", "system", "note"]);
export type MessageAuthor = z.infer<typeof MessageAuthor>;

/** A quick-reply button; `value` is sent back as the shopper's message. */
export const QuickReply = z.object({ label: z.string(), value: z.string() });
export type QuickReply = z.infer<typeof QuickReply>;

/** A persisted chat message. `seq` is gap-free per conversation, so clients resume from it. */
export const Message = z.object({
  id: z.string().min(1),
  conversationId: z.string().min(1),
  seq: z.number().int().positive(),
  author: MessageAuthor,
  authorId: z.string().optional(),
  text: z.string(),
  /** Rich content: quick replies, order cards, citations. */
  payload: z.record(z.string(), z.unknown()).default({}),
  /** Why the bot said this: intent, confidence, entities, flow step, rules, KB article. */
  explanation: z.record(z.string(), z.unknown()).optional(),
  /** Client-chosen id that makes a retried post idempotent. */
  clientMessageId: z.string().optional(),
  createdAt: z.string().datetime(),
});
export type Message = z.infer<typeof Message>;
