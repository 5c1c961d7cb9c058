import type { PlatformItemSwap, PlatformSwapResult } from "../../domain/platform/platform-item-swap.js";
import type { Address } from "../../domain/shop/address.js";
import type { Customer } from "../../domain/shop/customer.js";
import type { Order } from "../../domain/shop/order.js";
import type { Product } from "../../domain/shop/product.js";

/** One page of a platform listing; `next` is the cursor of the following page, absent on the last. */
export interface PlatformPage<T> {
  items: T[];
  next?: string;
}

/**
 * A shop's e-commerce platform (Shopify, WooCommerce), mapped into Kefu's domain. Reads feed the local
 * mirror; writes change the platform first. Failures are KefuErrors: PLATFORM_REFUSED (the platform said no)
 * or PLATFORM_UNAVAILABLE (network, 5xx, rate limit; `details.retryAfterMs` when known).
 */
export interface ShopPlatform {
  readonly kind: "shopify" | "woocommerce";
  listCustomers(cursor?: string): Promise<PlatformPage<Customer>>;
  listProducts(cursor?: string): Promise<PlatformPage<Product>>;
  listOrders(options: { cursor?: string; updatedSince?: string }): Promise<PlatformPage<Order>>;
  getOrder(externalId: string): Promise<Order | undefined>;
  cancelOrder(order: Order, input: { reason: string; idempotencyKey: string }): Promise<void>;
  /** Changes the order's shipping address; setting the same address twice is one change. */
  updateAddress(order: Order, input: { address: Address; idempotencyKey: string }): Promise<void>;
  /** Refunds the given order items (indexes into order.items) for `amountCents`; a repeated key refunds once. */
  refund(
    order: Order,
    input: { itemIndexes: number[]; amountCents: number; reason: string; idempotencyKey: string },
  ): Promise<{ refundId: string }>;
  /** Swaps units of an unfulfilled order for other variants (an order edit); a repeated key changes them once. */
  changeItems(
    order: Order,
    input: { swaps: PlatformItemSwap[]; note: string; idempotencyKey: string },
  ): Promise<PlatformSwapResult>;
  /**
   * Exchanges delivered units for other variants (Shopify: a return with exchange line items; WooCommerce: a
   * replacement order linked to the original); a repeated key exchanges them once.
   */
  exchangeItems(
    order: Order,
    input: { swaps: PlatformItemSwap[]; reason: string; idempotencyKey: string },
  ): Promise<PlatformSwapResult>;
}
