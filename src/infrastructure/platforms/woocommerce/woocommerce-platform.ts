import { z } from "zod";
import type { PlatformPage, ShopPlatform } from "../../../application/ports/shop-platform.js";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import type { Customer } from "../../../domain/shop/customer.js";
import type { Order } from "../../../domain/shop/order.js";
import { createWooClient, type WooClientOptions } from "./woo-client.js";
import { changeWooItems, exchangeWooItems } from "./woo-item-swaps.js";
import { toCustomer, toOrder, toProduct } from "./woo-mapping.js";
import { WooCustomer, WooOrder, WooProduct, WooRefund, WooVariation } from "./woo-schemas.js";

const PER_PAGE = 50;

/** Page cursors are page numbers as text. */
function pageOf(cursor: string | undefined): number {
  const n = Number(cursor ?? "1");
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

function nextCursor(page: number, totalPages: number): { next?: string } {
  return page < totalPages ? { next: String(page + 1) } : {};
}

/** Refund amounts as WooCommerce wants them: decimal strings. */
const money = (centsValue: number) => (centsValue / 100).toFixed(2);

/** The marker Kefu writes into a refund's reason, so a retried refund is found instead of made twice. */
const keyMarker = (key: string) => `[kefu:${key}]`;

/** WooCommerce behind the ShopPlatform port. */
export function createWooCommercePlatform(options: WooClientOptions): ShopPlatform {
  const client = createWooClient(options);

  async function fetchOrder(externalId: string) {
    return (await client.request("GET", `/orders/${encodeURIComponent(externalId)}`, WooOrder)).body;
  }

  return {
    kind: "woocommerce",

    async listCustomers(cursor): Promise<PlatformPage<Customer>> {
      const page = pageOf(cursor);
      const res = await client.request(
        "GET",
        `/customers?per_page=${PER_PAGE}&page=${page}&orderby=id&order=asc`,
        z.array(WooCustomer),
      );
      return { items: res.body.map((c) => toCustomer(c)), ...nextCursor(page, res.totalPages) };
    },

    async listProducts(cursor) {
      const page = pageOf(cursor);
      const res = await client.request(
        "GET",
        `/products?per_page=${PER_PAGE}&page=${page}&orderby=id&order=asc`,
        z.array(WooProduct),
      );
      const items = [];
      for (const product of res.body) {
        const variations =
          product.type === "variable" && product.variations.length > 0
            ? (await client.request("GET", `/products/${product.id}/variations?per_page=100`, z.array(WooVariation)))
                .body
            : [];
        items.push(toProduct(product, variations));
      }
      return { items, ...nextCursor(page, res.totalPages) };
    },

    async listOrders({ cursor, updatedSince }): Promise<PlatformPage<Order>> {
      const page = pageOf(cursor);
      const since = updatedSince ? `&modified_after=${encodeURIComponent(updatedSince)}` : "";
      const res = await client.request(
        "GET",
        `/orders?per_page=${PER_PAGE}&page=${page}&orderby=id&order=asc${since}`,
        z.array(WooOrder),
      );
      return { items: res.body.map(toOrder), ...nextCursor(page, res.totalPages) };
    },

    async getOrder(externalId) {
      try {
        return toOrder(await fetchOrder(externalId));
      } catch (error) {
        if (KefuError.isInstance(error) && error.details?.status === 404) return undefined;
        throw error;
      }
    },

    async cancelOrder(order, { reason }) {
      const externalId = requireExternal(order);
      const current = await fetchOrder(externalId);
      // Cancelling twice is one cancel: a retried job finds it done.
      if (current.status === "cancelled") return;
      await client.request("PUT", `/orders/${externalId}`, WooOrder, {
        status: "cancelled",
        customer_note: reason.slice(0, 500),
      });
    },

    async updateAddress(order, { address }) {
      const externalId = requireExternal(order);
      // A PUT of the same shipping fields twice leaves one change: naturally idempotent.
      await client.request("PUT", `/orders/${externalId}`, WooOrder, {
        shipping: {
          address_1: address.line1,
          address_2: address.line2,
          city: address.city,
          state: address.state,
          postcode: address.zip,
          country: address.country,
        },
      });
    },

    async refund(order, { itemIndexes, amountCents, reason, idempotencyKey }) {
      const externalId = requireExternal(order);
      const marker = keyMarker(idempotencyKey);
      const existing = await client.request("GET", `/orders/${externalId}/refunds?per_page=100`, z.array(WooRefund));
      const done = existing.body.find((r) => r.reason.includes(marker));
      if (done) return { refundId: String(done.id) };
      const lines = new Map<string, { quantity: number; cents: number }>();
      for (const index of itemIndexes) {
        const item = order.items[index];
        const lineId = order.external?.lineItemIds[index];
        if (!item || !lineId) throw new KefuError("VALIDATION_FAILED", `Order ${order.id} has no item ${index + 1}`);
        const line = lines.get(lineId) ?? { quantity: 0, cents: 0 };
        lines.set(lineId, { quantity: line.quantity + 1, cents: line.cents + item.priceCents });
      }
      const created = await client.request("POST", `/orders/${externalId}/refunds`, WooRefund, {
        amount: money(amountCents),
        reason: `${reason.slice(0, 200)} ${marker}`.trim(),
        api_refund: true,
        line_items: [...lines].map(([id, line]) => ({
          id: Number(id),
          quantity: line.quantity,
          refund_total: money(line.cents),
        })),
      });
      return { refundId: String(created.body.id) };
    },

    async changeItems(order, { swaps, idempotencyKey }) {
      return changeWooItems(client, order, { externalId: requireExternal(order), swaps, idempotencyKey });
    },

    async exchangeItems(order, { swaps, reason, idempotencyKey }) {
      return exchangeWooItems(client, { externalId: requireExternal(order), swaps, reason, idempotencyKey });
    },
  };
}

function requireExternal(order: Order): string {
  if (order.external?.platform !== "woocommerce") {
    throw new KefuError("PLATFORM_REFUSED", `Order ${order.id} is not a WooCommerce order`);
  }
  return order.external.id;
}
