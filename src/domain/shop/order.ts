import { z } from "zod";
import { Address } from "./address.js";

/** Order lifecycle plus the after-sales states a request moves it into. */
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

/** One line of an order: a variant bought at a price. The same variant may appear twice. */
export const OrderItem = z.object({
  productId: z.string().min(1),
  variantId: z.string().min(1),
  name: z.string().min(1),
  options: z.record(z.string(), z.string()).default({}),
  priceCents: z.number().int().nonnegative(),
});
export type OrderItem = z.infer<typeof OrderItem>;

/** A carrier scan event, oldest first in a fulfillment's timeline. */
export const TrackingEvent = z.object({
  at: z.string().datetime(),
  status: z.enum(["label_created", "picked_up", "in_transit", "out_for_delivery", "delivered", "exception"]),
  location: z.string().default(""),
  description: z.string().default(""),
});
export type TrackingEvent = z.infer<typeof TrackingEvent>;

/** A shipment: tracking numbers and the variant ids it carries. */
export const Fulfillment = z.object({
  trackingIds: z.array(z.string()),
  variantIds: z.array(z.string()),
  carrier: z.string().optional(),
  events: z.array(TrackingEvent).default([]),
});
export type Fulfillment = z.infer<typeof Fulfillment>;

/** Money moving in (payment) or out (refund) for an order. */
export const PaymentTransaction = z.object({
  type: z.enum(["payment", "refund"]),
  amountCents: z.number().int().nonnegative(),
  paymentMethodId: z.string().min(1),
  at: z.string().datetime().optional(),
});
export type PaymentTransaction = z.infer<typeof PaymentTransaction>;

export const Order = z.object({
  id: z.string().min(1),
  customerId: z.string().min(1),
  status: OrderStatus,
  currency: z.string().length(3).default("USD"),
  address: Address,
  items: z.array(OrderItem).min(1),
  fulfillments: z.array(Fulfillment).default([]),
  payments: z.array(PaymentTransaction).default([]),
  placedAt: z.string().datetime().optional(),
  deliveredAt: z.string().datetime().optional(),
  cancelReason: z.string().optional(),
  /** Whether the once-only item modification/exchange has been used. */
  itemsChangedOnce: z.boolean().default(false),
  /** Where the order lives when a shop platform is connected: its ids there, for writes and stale-update checks. */
  external: z
    .object({
      platform: z.enum(["shopify", "woocommerce"]),
      id: z.string().min(1),
      /** The platform's line-item id of each entry of `items` (one entry per unit). */
      lineItemIds: z.array(z.string()),
      /** The platform's last-modified time of what the mirror holds. */
      updatedAt: z.string(),
    })
    .optional(),
  /** Optimistic-concurrency counter, bumped on every write. */
  version: z.number().int().nonnegative().default(0),
});
export type Order = z.infer<typeof Order>;

/** Sum of the order's item prices. */
export function orderTotalCents(order: Pick<Order, "items">): number {
  return order.items.reduce((sum, item) => sum + item.priceCents, 0);
}
