import { z } from "zod/mini";
import { Conversation, Handoff, Locale, Message } from "./entities.js";
import { AfterSalesRequest, Customer, Order } from "./shop-entities.js";

// Response bodies of the staff endpoints the agent console calls.

export const StaffRole = z.enum(["admin", "agent"]);
export type StaffRole = z.infer<typeof StaffRole>;

/** A staff user as the API shows it (never the password hash). */
export const StaffUser = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: StaffRole,
  disabled: z.boolean(),
  createdAt: z.string(),
});
export type StaffUser = z.infer<typeof StaffUser>;

/** POST /auth/login. */
export const LoginResponse = z.object({ token: z.string(), expiresAt: z.string(), user: StaffUser });
export type LoginResponse = z.infer<typeof LoginResponse>;

/** `{ items, total }` of any list endpoint. */
export interface ListResponse<T> {
  items: T[];
  total: number;
  /** Keyset paging: pass back as `cursor` for the next page (set when the page is full). */
  nextCursor?: string;
}

/** One row of GET /conversations. */
export const ConversationSummary = z.object({
  id: z.string(),
  channel: Conversation.shape.channel,
  status: Conversation.shape.status,
  locale: Locale,
  verifiedCustomerId: z.optional(z.string()),
  /** The verified customer's display name. */
  customerName: z.optional(z.string()),
  assigneeId: z.optional(z.string()),
  csat: z.optional(z.number()),
  createdAt: z.string(),
  updatedAt: z.string(),
  lastMessage: z.optional(Message),
  handoff: z.optional(Handoff),
  waitingSeconds: z.number(),
  priority: z.number(),
});
export type ConversationSummary = z.infer<typeof ConversationSummary>;

/** GET /conversations/:id. */
export const ConversationDetail = z.object({
  conversation: Conversation,
  messages: z.array(Message),
  handoffs: z.array(Handoff),
  customer: z.optional(Customer),
  explanations: z.array(
    z.object({ messageId: z.string(), seq: z.number(), explanation: z.record(z.string(), z.unknown()) }),
  ),
});
export type ConversationDetail = z.infer<typeof ConversationDetail>;

/** POST /conversations/:id/messages (staff reply or note). */
export const PostedStaffMessage = z.object({ message: Message });
export type PostedStaffMessage = z.infer<typeof PostedStaffMessage>;

/** GET /customers/:id (customer 360). */
export const Customer360 = z.object({
  customer: Customer,
  orders: z.array(Order),
  conversations: z.array(Conversation),
});
export type Customer360 = z.infer<typeof Customer360>;

/** GET /orders/:id. */
export const OrderDetail = z.object({ order: Order, afterSales: z.array(AfterSalesRequest) });
export type OrderDetail = z.infer<typeof OrderDetail>;

/** One hit of GET /kb/search. */
export const KbHit = z.object({
  id: z.string(),
  locale: Locale,
  title: z.string(),
  snippet: z.string(),
  score: z.number(),
  coverage: z.number(),
  answerable: z.boolean(),
});
export type KbHit = z.infer<typeof KbHit>;
export const KbSearchResults = z.object({ items: z.array(KbHit) });
export type KbSearchResults = z.infer<typeof KbSearchResults>;

/** Progress of the shop-platform sync, as GET /platform shows it. */
export interface PlatformSyncStatus {
  state: "running" | "done" | "failed";
  phase?: "customers" | "products" | "orders";
  customers: number;
  products: number;
  orders: number;
  skipped: number;
  startedAt: string;
  finishedAt?: string;
  error?: string;
}
