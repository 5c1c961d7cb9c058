import { z } from "zod";

/** A conversation carried on an outside channel (email, WeChat): who to answer and how far we have answered. */
export const ChannelThread = z.object({
  conversationId: z.string().min(1),
  channel: z.enum(["email", "wechat"]),
  /** The shopper's address on that channel: an email address, a WeChat openid. */
  contact: z.string().min(1).max(320),
  /** Email subject of the thread (empty for chat channels). */
  subject: z.string().max(500).default(""),
  /** Highest message seq already sent out; later bot and agent messages are still to send. */
  lastSentSeq: z.number().int().nonnegative().default(0),
  /** The newest inbound message id, which our next reply answers (email In-Reply-To). */
  lastInboundId: z.string().optional(),
  /** Ids of the messages in this thread we sent or received, for References (newest last, capped). */
  references: z.array(z.string()).default([]),
  createdAt: z.string(),
});
export type ChannelThread = z.infer<typeof ChannelThread>;
