import { z } from "zod/mini";
import { ShopperConversation, ShopperMessage } from "./entities.js";
import { Order } from "./shop-entities.js";

// Response bodies of the /widget/* endpoints the shopper's widget calls.

/** POST /widget/conversations. */
export const OpenedConversation = z.object({
  conversation: ShopperConversation,
  /** Bearer token for this conversation only. */
  token: z.string(),
  messages: z.array(ShopperMessage),
});
export type OpenedConversation = z.infer<typeof OpenedConversation>;

/** GET /widget/conversations/:id/messages. */
export const ShopperMessageList = z.object({ items: z.array(ShopperMessage) });
export type ShopperMessageList = z.infer<typeof ShopperMessageList>;

/** POST /widget/conversations/:id/messages: the stored message and the bot's replies. */
export const PostedMessage = z.object({ message: ShopperMessage, replies: z.array(ShopperMessage) });
export type PostedMessage = z.infer<typeof PostedMessage>;

export const Ok = z.object({ ok: z.boolean() });
export type Ok = z.infer<typeof Ok>;

/** GET /widget/orders once the shopper is verified. */
export const OrderPage = z.object({ items: z.array(Order), total: z.number() });
export type OrderPage = z.infer<typeof OrderPage>;

/** A file in a message's payload.attachments; fetch its bytes from GET /attachments/:id with the token. */
export const AttachmentRef = z.object({
  id: z.string(),
  filename: z.string(),
  contentType: z.string(),
  size: z.number(),
});
export type AttachmentRef = z.infer<typeof AttachmentRef>;

/** POST /widget/conversations/:id/attachments: the stored file and the message that carries it. */
export const AttachmentUploaded = z.object({ attachment: AttachmentRef, message: ShopperMessage });
export type AttachmentUploaded = z.infer<typeof AttachmentUploaded>;

/** GET /widget/availability: whether the team answers now, when it does, and what to offer otherwise. */
export const WidgetAvailability = z.object({
  online: z.boolean(),
  timezone: z.string(),
  hours: z.array(z.object({ day: z.number(), open: z.string(), close: z.string() })),
  expectedReplyMinutes: z.number(),
  emailFallback: z.boolean(),
});
export type WidgetAvailability = z.infer<typeof WidgetAvailability>;
