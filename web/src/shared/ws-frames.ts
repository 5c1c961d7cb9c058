import { z } from "zod/mini";

// Server → client frames of GET /api/v1/ws (docs/api.md, src/drivers/http/ws/ws-frames.ts), checked on arrival.

const WireMessage = z.looseObject({
  id: z.string(),
  conversationId: z.string(),
  seq: z.number(),
  author: z.enum(["customer", "bot", "agent", "system", "note"]),
  authorId: z.optional(z.string()),
  text: z.string(),
  payload: z.record(z.string(), z.unknown()),
  explanation: z.optional(z.record(z.string(), z.unknown())),
  clientMessageId: z.optional(z.string()),
  createdAt: z.string(),
});

const WireConversation = z.looseObject({
  id: z.string(),
  status: z.enum(["bot", "waiting_agent", "agent", "resolved"]),
  locale: z.enum(["en", "zh"]),
  assigneeId: z.optional(z.string()),
  verifiedCustomerId: z.optional(z.string()),
  csat: z.optional(z.number()),
  lastSeq: z.optional(z.number()),
  updatedAt: z.string(),
});

const WireHandoff = z.looseObject({
  id: z.string(),
  conversationId: z.string(),
  reason: z.string(),
  summary: z.string(),
  priority: z.number(),
  status: z.enum(["open", "assigned", "resolved"]),
  assigneeId: z.optional(z.string()),
  createdAt: z.string(),
});

export const ServerFrame = z.discriminatedUnion("type", [
  z.object({ type: z.literal("ack"), clientMessageId: z.string(), message: WireMessage }),
  z.object({ type: z.literal("message"), message: WireMessage }),
  z.object({ type: z.literal("conversation"), conversation: WireConversation }),
  z.object({ type: z.literal("handoff"), handoff: WireHandoff }),
  z.object({
    type: z.literal("typing"),
    conversationId: z.string(),
    author: z.enum(["bot", "agent", "customer"]),
    on: z.boolean(),
  }),
  z.object({ type: z.literal("resumed"), conversationId: z.string(), lastSeq: z.number() }),
  z.object({ type: z.literal("pong") }),
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
export type WireMessage = z.infer<typeof WireMessage>;
export type WireConversation = z.infer<typeof WireConversation>;

/** Client → server frames. */
export type ClientFrame =
  | { type: "resume"; conversationId: string; afterSeq: number }
  | { type: "subscribe_queue" }
  | {
      type: "message";
      conversationId: string;
      clientMessageId: string;
      text: string;
      internal?: boolean;
      takeover?: boolean;
    }
  | { type: "presence"; conversationId: string; state: "viewing" | "typing" | "left" }
  | { type: "typing"; conversationId: string; on: boolean }
  | { type: "ping" };

/** Parses one text frame; undefined for anything malformed. */
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
