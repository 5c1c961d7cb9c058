import { z } from "zod";
import type { KefuEvent } from "../../application/ports/event-bus.js";
import { Conversation } from "../../domain/conversation/conversation.js";
import { Handoff } from "../../domain/conversation/handoff.js";
import { Message } from "../../domain/conversation/message.js";

/** Validates events arriving from outside the process (Redis), mirroring the KefuEvent port type. */
export const KefuEventSchema: z.ZodType<KefuEvent> = z.discriminatedUnion("type", [
  z.object({ type: z.literal("message.created"), conversationId: z.string(), message: Message }),
  z.object({ type: z.literal("conversation.updated"), conversationId: z.string(), conversation: Conversation }),
  z.object({ type: z.literal("handoff.updated"), conversationId: z.string(), handoff: Handoff }),
  z.object({
    type: z.literal("typing"),
    conversationId: z.string(),
    author: z.enum(["customer", "bot", "agent"]),
    on: z.boolean(),
  }),
  z.object({
    type: z.literal("presence"),
    conversationId: z.string(),
    staffId: z.string(),
    staffName: z.string(),
    state: z.enum(["viewing", "typing", "left"]),
  }),
  z.object({
    type: z.literal("session.revoked"),
    userId: z.string(),
    tokenHash: z.string().optional(),
    reason: z.enum(["logout", "disabled", "role_changed", "password_changed", "expired"]),
  }),
]);
