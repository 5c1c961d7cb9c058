import { z } from "zod";
import { Locale } from "../locale.js";

/** Who currently owns the conversation. */
export const ConversationStatus = z.enum(["bot", "waiting_agent", "agent", "resolved"]);
export type ConversationStatus = z.infer<typeof ConversationStatus>;

export const Conversation = z.object({
  id: z.string().min(1),
  channel: z.enum(["widget", "api", "console", "email", "wechat"]),
  locale: Locale,
  status: ConversationStatus,
  /** Set once the shopper proved who they are; only this customer's data is reachable. */
  verifiedCustomerId: z.string().optional(),
  assigneeId: z.string().optional(),
  /** Opaque dialog state owned by the agent runtime (flow, slots, history). */
  state: z.record(z.string(), z.unknown()).default({}),
  /** 1-5 rating given at the end, if any. */
  csat: z.number().int().min(1).max(5).optional(),
  createdAt: z.string().datetime(),
  updatedAt: z.string().datetime(),
  resolvedAt: z.string().datetime().optional(),
  /** Highest message sequence number so far. */
  lastSeq: z.number().int().nonnegative().default(0),
});
export type Conversation = z.infer<typeof Conversation>;
