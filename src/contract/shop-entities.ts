import { z } from "zod/mini";
import { Locale } from "./entities.js";

// Wire shapes of the shop's records (customers, orders, after-sales requests).

export const Address = z.object({
  line1: z.string(),
  line2: z.string(),
  city: z.string(),
  state: z.string(),
  zip: z.string(),
  country: z.string(),
});
export type Address = z.infer<typeof Address>;

export const PaymentMethod = z.object({
  id: z.string(),
  kind: z.enum(["credit_card", "paypal", "alipay", "wechat_pay", "gift_card"]),
  brand: z.optional(z.string()),
  last4: z.optional(z.string()),
  balanceCents: z.optional(z.number()),
});
export type PaymentMethod = z.infer<typeof PaymentMethod>;

export const Customer = z.object({
  id: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
  phone: z.optional(z.string()),
  locale: Locale,
  defaultAddress: Address,
  addresses: z.array(Address),
  paymentMethods: z.array(PaymentMethod),
  createdAt: z.optional(z.string()),
});
export type Customer = z.infer<typeof Customer>;

export const OrderStatus = z.enum([
  "pending",
  "pending_items_modified",
  "processed",
  "shipped",
  "delivered",
  "cancelled",
  "return_requested",
  "exchange_requested",
  "returned",
  "exchanged",
]);
export type OrderStatus = z.infer<typeof OrderStatus>;

export const OrderItem = z.object({
  productId: z.string(),
  variantId: z.string(),
  name: z.string(),
  options: z.record(z.string(), z.string()),
  priceCents: z.number(),
});
export type OrderItem = z.infer<typeof OrderItem>;

export const TrackingEvent = z.object({
  at: z.string(),
  status: z.enum(["label_created", "picked_up", "in_transit", "out_for_delivery", "delivered", "exception"]),
  location: z.string(),
  description: z.string(),
});

export const Order = z.object({
  id: z.string(),
  customerId: z.string(),
  status: OrderStatus,
  currency: z.string(),
  address: Address,
  items: z.array(OrderItem),
  fulfillments: z.array(
    z.object({
      trackingIds: z.array(z.string()),
      variantIds: z.array(z.string()),
      carrier: z.optional(z.string()),
      events: z.array(TrackingEvent),
    }),
  ),
  payments: z.array(
    z.object({
      type: z.enum(["payment", "refund"]),
      amountCents: z.number(),
      paymentMethodId: z.string(),
      at: z.optional(z.string()),
    }),
  ),
  placedAt: z.optional(z.string()),
  deliveredAt: z.optional(z.string()),
  cancelReason: z.optional(z.string()),
  itemsChangedOnce: z.boolean(),
  external: z.optional(
    z.object({
      platform: z.enum(["shopify", "woocommerce"]),
      id: z.string(),
      lineItemIds: z.array(z.string()),
      updatedAt: z.string(),
    }),
  ),
  version: z.number(),
});
export type Order = z.infer<typeof Order>;

export const AfterSalesRequest = z.object({
  id: z.string(),
  orderId: z.string(),
  customerId: z.string(),
  kind: z.enum([
    "cancel",
    "return",
    "exchange",
    "modify_items",
    "modify_address",
    "modify_payment",
    "invoice",
    "warranty",
    "complaint",
  ]),
  status: z.enum(["requested", "approved", "rejected", "completed"]),
  itemIndexes: z.array(z.number()),
  newVariantIds: z.array(z.string()),
  reason: z.string(),
  refundMethodId: z.optional(z.string()),
  amountCents: z.number(),
  conversationId: z.optional(z.string()),
  createdBy: z.string(),
  createdAt: z.string(),
  details: z.record(z.string(), z.unknown()),
});
export type AfterSalesRequest = z.infer<typeof AfterSalesRequest>;

/** How a customer's name is shown: family name first, unspaced, for Chinese customers. */
export function customerDisplayName(c: Pick<Customer, "firstName" | "lastName" | "locale">): string {
  if (c.locale === "zh") return `${c.lastName}${c.firstName}`;
  return c.lastName ? `${c.firstName} ${c.lastName}` : c.firstName;
}
