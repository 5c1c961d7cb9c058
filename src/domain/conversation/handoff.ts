import { z } from "zod";

export const HandoffReason = z.enum([
  "requested",
  "negative_sentiment",
  "low_confidence",
  "policy_refusal",
  "repeated_failure",
  "agent_takeover",
  /** The shop platform refused (or never accepted) a change the bot had sent it. */
  "platform_refused",
]);
export type HandoffReason = z.infer<typeof HandoffReason>;

/** A ticket in the human queue, carrying the bot's summary so the agent needn't re-ask. */
export const Handoff = z.object({
  id: z.string().min(1),
  conversationId: z.string().min(1),
  reason: HandoffReason,
  summary: z.string(),
  /** Higher first; computed from sentiment and reason. */
  priority: z.number().int().min(0).max(100),
  status: z.enum(["open", "assigned", "resolved"]),
  assigneeId: z.string().optional(),
  createdAt: z.string().datetime(),
  assignedAt: z.string().datetime().optional(),
  resolvedAt: z.string().datetime().optional(),
});
export type Handoff = z.infer<typeof Handoff>;
