import { z } from "zod";
import { ClientMessageId, IdString, MessageText } from "../schemas.js";

/** Frames a widget or console socket may send; anything else is answered with an error frame. */
export const ClientFrame = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("resume"),
    conversationId: IdString,
    afterSeq: z.number().int().min(0).default(0),
  }),
  z.object({ type: z.literal("subscribe_queue") }),
  z.object({
    type: z.literal("message"),
    conversationId: IdString,
    clientMessageId: ClientMessageId,
    text: MessageText,
    /** Staff only: an internal note instead of a reply. */
    internal: z.boolean().optional(),
    /** Staff only: take over a conversation another agent holds (else CONVERSATION_ASSIGNED_TO_OTHER). */
    takeover: z.boolean().optional(),
  }),
  z.object({ type: z.literal("typing"), conversationId: IdString, on: z.boolean() }),
  z.object({ type: z.literal("ping") }),
  /** Staff only: "I am viewing / typing in / have left this conversation" (heartbeat every 15 s). */
  z.object({ type: z.literal("presence"), conversationId: IdString, state: z.enum(["viewing", "typing", "left"]) }),
]);
export type ClientFrame = z.infer<typeof ClientFrame>;

/** Frames the server sends: the shared contract (src/contract/ws-frames.ts), so the web parses what we send. */
export type { ServerFrame } from "../../../contract/ws-frames.js";
