// Wire types of the Kefu API (docs/api.md), from the shared contract the server is checked against.
export type {
  ConversationDetail,
  ConversationSummary,
  Customer360,
  KbHit,
  ListResponse,
  LoginResponse,
  StaffRole,
  StaffUser,
} from "../../../src/contract/console-api.js";
export type {
  Conversation,
  Handoff,
  Message,
  QuickReply,
  ShopperConversation,
  ShopperMessage,
} from "../../../src/contract/entities.js";
export type { Citation, OrderCard } from "../../../src/contract/message-payload.js";
export type { AfterSalesRequest, Customer, Order } from "../../../src/contract/shop-entities.js";
