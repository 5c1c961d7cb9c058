import { z } from "zod";
import { AuditEvent } from "../../domain/audit/audit-event.js";
import { Conversation } from "../../domain/conversation/conversation.js";
import { Handoff } from "../../domain/conversation/handoff.js";
import { Message } from "../../domain/conversation/message.js";
import { KbArticle } from "../../domain/kb/kb-article.js";
import { AfterSalesRequest } from "../../domain/shop/after-sales-request.js";
import { Customer } from "../../domain/shop/customer.js";
import { Order } from "../../domain/shop/order.js";
import { StaffUser } from "../../domain/staff/staff-user.js";

// Response schemas: they document the API in /docs and the zod serializer checks every reply against them.

/** `{ items, total }` of any list endpoint. */
export function pageOfSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int().nonnegative() });
}

/** The body of every 4xx/5xx answer. */
export const ErrorResponse = z.object({
  error: z.object({
    code: z.string().describe("stable error code, see docs/errors.md"),
    message: z.string(),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});

export const OkResponse = z.object({ ok: z.boolean() });

/** A staff user without the password hash. */
export const PublicStaffUserResponse = StaffUser.omit({ passwordHash: true });

export const LoginResponse = z.object({
  token: z.string(),
  expiresAt: z.string(),
  user: PublicStaffUserResponse,
});

/** A conversation as a shopper sees it: no dialog state. */
export const ShopperConversationResponse = Conversation.omit({ state: true });
/** A message as a shopper sees it: no bot explanation. */
export const ShopperMessageResponse = Message.omit({ explanation: true });

/** A stored attachment as a message's payload.attachments lists it. */
export const AttachmentRefResponse = z.object({
  id: z.string(),
  filename: z.string(),
  contentType: z.string(),
  size: z.number().int().nonnegative(),
});
export const AttachmentUploadedResponse = z.object({
  attachment: AttachmentRefResponse,
  message: ShopperMessageResponse,
});

/** GET /widget/availability. */
export const WidgetAvailabilityResponse = z.object({
  online: z.boolean(),
  timezone: z.string(),
  hours: z.array(z.object({ day: z.number().int(), open: z.string(), close: z.string() })),
  expectedReplyMinutes: z.number().int(),
  emailFallback: z.boolean(),
});

/** One row of the console's conversation list. */
export const ConversationSummaryResponse = Conversation.pick({
  id: true,
  channel: true,
  status: true,
  locale: true,
  verifiedCustomerId: true,
  assigneeId: true,
  csat: true,
  createdAt: true,
  updatedAt: true,
}).extend({
  customerName: z.string().optional(),
  lastMessage: Message.optional(),
  handoff: Handoff.optional(),
  waitingSeconds: z.number().int().nonnegative(),
  priority: z.number().int(),
});

export const ConversationDetailResponse = z.object({
  conversation: Conversation,
  messages: z.array(Message),
  handoffs: z.array(Handoff),
  customer: Customer.optional(),
  explanations: z.array(
    z.object({ messageId: z.string(), seq: z.number().int(), explanation: z.record(z.string(), z.unknown()) }),
  ),
});

export const ConversationResponse = z.object({ conversation: Conversation });
export const AssignResponse = z.object({ conversation: Conversation, handoff: Handoff });
export const HandoffQueueItem = Handoff.extend({ waitingSeconds: z.number().int().nonnegative() });

export const CustomerDetailResponse = z.object({
  customer: Customer,
  orders: z.array(Order),
  conversations: z.array(Conversation),
});

export const OrderDetailResponse = z.object({ order: Order, afterSales: z.array(AfterSalesRequest) });

const RuleResultSchema = z.object({ rule: z.string(), passed: z.boolean(), detail: z.string() });

/** What every order action answers: the order after it, the recorded request, the rules that allowed it. */
export const AfterSalesActionResponse = z.object({
  order: Order,
  request: AfterSalesRequest,
  rules: z.array(RuleResultSchema),
  replayed: z.boolean().describe("true when this repeated an action already done; nothing was written"),
});

export const ReviewResponse = z.object({
  request: AfterSalesRequest,
  order: Order.optional(),
  replayed: z.boolean(),
});

export const AfterSalesDetailResponse = z.object({ request: AfterSalesRequest, order: Order.optional() });

export const EligibilityResponse = z.object({
  orderId: z.string(),
  eligibility: z.record(
    z.string(),
    z.object({
      allowed: z.boolean(),
      rules: z.array(RuleResultSchema),
      code: z.string().optional(),
      reason: z.object({ en: z.string(), zh: z.string() }).optional(),
      awaitingChoice: z.string().optional(),
    }),
  ),
});

export const AuditPage = pageOfSchema(AuditEvent);
export const KbPage = pageOfSchema(KbArticle);
export const OrderPage = pageOfSchema(Order);
export const CustomerPage = pageOfSchema(Customer);
export const AfterSalesPage = pageOfSchema(AfterSalesRequest);
export const UserPage = pageOfSchema(PublicStaffUserResponse);
export const MessageList = z.object({ items: z.array(Message) });
export const ShopperMessageList = z.object({ items: z.array(ShopperMessageResponse) });
