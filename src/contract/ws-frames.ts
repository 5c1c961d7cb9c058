import { z } from "zod/mini";
import { Handoff, Message, ShopperConversation } from "./entities.js";
import { MESSAGE_MAX_CHARS } from "./limits.js";

// Frames of the realtime socket GET /api/v1/ws (docs/api.md), in both directions.

/** Client → server. The server validates more strictly (ids, control characters). */
export const ClientFrame = z.discriminatedUnion("type", [
  z.object({ type: z.literal("resume"), conversationId: z.string(), afterSeq: z.number() }),
  z.object({ type: z.literal("subscribe_queue") }),
  z.object({
    type: z.literal("message"),
    conversationId: z.string(),
    clientMessageId: z.string(),
    text: z.string().check(z.maxLength(MESSAGE_MAX_CHARS)),
    /** Staff only: an internal note instead of a reply. */
    internal: z.optional(z.boolean()),
    /** Staff only: take over a conversation another agent holds. */
    takeover: z.optional(z.boolean()),
  }),
  z.object({ type: z.literal("typing"), conversationId: z.string(), on: z.boolean() }),
  z.object({ type: z.literal("ping") }),
  /** Staff only: viewing / typing in / left a conversation (heartbeat every 15 s). */
  z.object({
    type: z.literal("presence"),
    conversationId: z.string(),
    state: z.enum(["viewing", "typing", "left"]),
  }),
]);
export type ClientFrame = z.infer<typeof ClientFrame>;

/** Who a typing frame is about. */
export const TypingAuthor = z.enum(["bot", "agent", "customer"]);

/** Server → client. Staff receive full messages; shoppers receive them without the explanation. */
export const ServerFrame = z.discriminatedUnion("type", [
  z.object({ type: z.literal("ack"), clientMessageId: z.string(), message: Message }),
  z.object({ type: z.literal("message"), message: Message }),
  z.object({ type: z.literal("conversation"), conversation: ShopperConversation }),
  z.object({ type: z.literal("handoff"), handoff: Handoff }),
  z.object({ type: z.literal("typing"), conversationId: z.string(), author: TypingAuthor, on: z.boolean() }),
  z.object({ type: z.literal("resumed"), conversationId: z.string(), lastSeq: z.number() }),
  z.object({ type: z.literal("pong") }),
  /** Staff only: everyone currently viewing or typing in a conversation (sent after each change). */
  z.object({
    type: z.literal("presence"),
    conversationId: z.string(),
    viewers: z.array(z.object({ staffId: z.string(), name: z.string(), typing: z.boolean() })),
  }),
  z.object({
    type: z.literal("error"),
    error: z.object({ code: z.string(), message: z.string() }),
    clientMessageId: z.optional(z.string()),
  }),
]);
export type ServerFrame = z.infer<typeof ServerFrame>;

/** Parses one text frame; undefined for anything malformed or unknown. */
export function parseServerFrame(text: string): ServerFrame | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  const result = ServerFrame.safeParse(raw);
  return result.success ? result.data : undefined;
}
