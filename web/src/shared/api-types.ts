// Wire types of the Kefu API (docs/api.md), taken from the server's domain schemas so they cannot drift.
import type { Conversation } from "../../../src/domain/conversation/conversation.js";
import type { Handoff } from "../../../src/domain/conversation/handoff.js";
import type { Message, QuickReply } from "../../../src/domain/conversation/message.js";
import type { AfterSalesRequest } from "../../../src/domain/shop/after-sales-request.js";
import type { Customer } from "../../../src/domain/shop/customer.js";
import type { Order } from "../../../src/domain/shop/order.js";

export type { AfterSalesRequest, Conversation, Customer, Handoff, Message, Order, QuickReply };

/** A message as the widget receives it (no explanation). */
export type ShopperMessage = Omit<Message, "explanation">;
export type ShopperConversation = Omit<Conversation, "state">;

export type StaffRole = "admin" | "agent";
export interface StaffUser {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  disabled?: boolean;
}

export interface LoginResponse {
  token: string;
  expiresAt: string;
  user: StaffUser;
}

export interface ListResponse<T> {
  items: T[];
  total: number;
}

/** One row of GET /conversations. */
export interface ConversationSummary {
  id: string;
  channel: Conversation["channel"];
  status: Conversation["status"];
  locale: Conversation["locale"];
  verifiedCustomerId?: string;
  /** The verified customer's display name. */
  customerName?: string;
  assigneeId?: string;
  csat?: number;
  createdAt: string;
  updatedAt: string;
  lastMessage?: Message;
  handoff?: Handoff;
  waitingSeconds: number;
  priority: number;
}

/** GET /conversations/:id. */
export interface ConversationDetail {
  conversation: Conversation;
  messages: Message[];
  handoffs: Handoff[];
  customer?: Customer;
  explanations: { messageId: string; seq: number; explanation: Record<string, unknown> }[];
}

/** GET /customers/:id (customer 360). */
export interface Customer360 {
  customer: Customer;
  orders: Order[];
  conversations: Conversation[];
}

/** One hit of GET /kb/search. */
export interface KbHit {
  id: string;
  locale: string;
  title: string;
  snippet: string;
  score: number;
  answerable?: boolean;
}

/** The order card a bot message carries in payload.orderCards. */
export interface OrderCard {
  orderId: string;
  status: string;
  statusLabel?: string;
  placedAt?: string;
  total?: string;
  items: { name: string; options?: Record<string, string>; price?: string }[];
  shipments: {
    carrier?: string;
    trackingIds: string[];
    timeline: { at: string; status: string; label?: string; location?: string; description?: string }[];
  }[];
}

/** A KB citation in payload.citations. */
export interface Citation {
  articleId: string;
  title: string;
}
