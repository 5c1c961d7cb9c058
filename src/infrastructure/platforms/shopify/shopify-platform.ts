import { createAdminApiClient } from "@shopify/admin-api-client";
import { z } from "zod";
import type { PlatformPage, ShopPlatform } from "../../../application/ports/shop-platform.js";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import type { Customer } from "../../../domain/shop/customer.js";
import type { Order } from "../../../domain/shop/order.js";
import type { Product } from "../../../domain/shop/product.js";
import { exchangeShopifyItems } from "./shopify-exchange.js";
import { toCustomer, toOrder, toProduct } from "./shopify-mapping.js";
import { changeShopifyItems } from "./shopify-order-edit.js";
import {
  CUSTOMERS,
  ORDER,
  ORDER_CANCEL,
  ORDER_UPDATE_ADDRESS,
  ORDERS,
  PRODUCTS,
  REFUND_CREATE,
} from "./shopify-queries.js";
import { refundThroughReturn, type ShopifyRun } from "./shopify-return-refund.js";
import { connection, ShopifyCustomer, ShopifyOrder, ShopifyProduct, UserErrors } from "./shopify-schemas.js";

export interface ShopifyOptions {
  /** e.g. my-shop.myshopify.com */
  storeDomain: string;
  /** Admin API access token of the custom app (shpat_…). */
  accessToken: string;
  apiVersion?: string;
  /** Tests: send requests to this origin instead of https://<storeDomain>. */
  endpointOverride?: string;
  /** Retries of 429/503 by the official client (default 2). */
  retries?: number;
}

const marker = (key: string) => `[kefu:${key}]`;

/** Shopify's GraphQL Admin API behind the ShopPlatform port, through the official client. */
export function createShopifyPlatform(options: ShopifyOptions): ShopPlatform {
  const override = options.endpointOverride;
  const client = createAdminApiClient({
    storeDomain: options.storeDomain,
    apiVersion: options.apiVersion ?? "2026-01",
    accessToken: options.accessToken,
    retries: options.retries ?? 2,
    ...(override
      ? { customFetchApi: (url: string, init?: RequestInit) => fetch(url.replace(/^https:\/\/[^/]+/, override), init) }
      : {}),
  });

  const run: ShopifyRun = async (query, variables, key, schema) => {
    const { data, errors } = await client.request(query, { variables });
    if (errors) {
      const status = errors.networkStatusCode ?? 0;
      const message = errors.graphQLErrors?.map((e) => e.message).join("; ") || errors.message || `HTTP ${status}`;
      const retryable = status === 0 || status === 429 || status >= 500 || /throttled/i.test(message);
      // Shopify's Retry-After (seconds) tells the job queue when to try again.
      const retryAfter = Number(errors.response?.headers.get("retry-after") ?? "");
      throw new KefuError(retryable ? "PLATFORM_UNAVAILABLE" : "PLATFORM_REFUSED", `Shopify: ${message}`, {
        details: { status, ...(retryAfter > 0 ? { retryAfterMs: retryAfter * 1000 } : {}) },
      });
    }
    const value: unknown = typeof data === "object" && data !== null ? Reflect.get(data, key) : undefined;
    const parsed = schema.safeParse(value);
    if (!parsed.success) throw new KefuError("PLATFORM_UNAVAILABLE", `Unexpected Shopify answer for ${key}`);
    return parsed.data;
  };

  const pageOf = <T>(
    items: T[],
    info: { hasNextPage: boolean; endCursor?: string | null | undefined },
  ): PlatformPage<T> => (info.hasNextPage && info.endCursor ? { items, next: info.endCursor } : { items });

  const cursorVar = (cursor: string | undefined) => ({ cursor: cursor && cursor !== "1" ? cursor : null });

  async function fetchOrder(gid: string) {
    return run(ORDER, { id: gid }, "order", ShopifyOrder.nullable());
  }

  function requireExternal(order: Order): string {
    if (order.external?.platform !== "shopify")
      throw new KefuError("PLATFORM_REFUSED", `Order ${order.id} is not a Shopify order`);
    return order.external.id;
  }

  return {
    kind: "shopify",
    async listCustomers(cursor) {
      const page = await run(CUSTOMERS, cursorVar(cursor), "customers", connection(ShopifyCustomer));
      return pageOf(
        page.nodes.flatMap((c): Customer[] => {
          const m = toCustomer(c);
          return m ? [m] : [];
        }),
        page.pageInfo,
      );
    },
    async listProducts(cursor) {
      const page = await run(PRODUCTS, cursorVar(cursor), "products", connection(ShopifyProduct));
      return pageOf(
        page.nodes.map((p): Product => toProduct(p)),
        page.pageInfo,
      );
    },
    async listOrders({ cursor, updatedSince }) {
      const query = updatedSince ? `updated_at:>'${updatedSince}'` : null;
      const page = await run(ORDERS, { ...cursorVar(cursor), query }, "orders", connection(ShopifyOrder));
      return pageOf(
        page.nodes.flatMap((o): Order[] => {
          const m = toOrder(o);
          return m ? [m] : [];
        }),
        page.pageInfo,
      );
    },
    async getOrder(externalId) {
      const found = await fetchOrder(externalId);
      return found ? toOrder(found) : undefined;
    },
    async cancelOrder(order, { reason }) {
      const gid = requireExternal(order);
      const current = await fetchOrder(gid);
      if (!current) throw new KefuError("PLATFORM_REFUSED", `Shopify has no order ${order.id}`);
      if (current.cancelledAt) return;
      const result = await run(
        ORDER_CANCEL,
        { orderId: gid, reason: "CUSTOMER", staffNote: reason.slice(0, 250) },
        "orderCancel",
        z.object({ orderCancelUserErrors: UserErrors }),
      );
      const problem = result.orderCancelUserErrors[0];
      if (problem) throw new KefuError("PLATFORM_REFUSED", `Shopify refused the cancellation: ${problem.message}`);
    },
    async updateAddress(order, { address }) {
      const gid = requireExternal(order);
      const result = await run(
        ORDER_UPDATE_ADDRESS,
        {
          input: {
            id: gid,
            shippingAddress: {
              address1: address.line1,
              address2: address.line2,
              city: address.city,
              provinceCode: address.state,
              zip: address.zip,
              countryCode: address.country,
            },
          },
        },
        "orderUpdate",
        z.object({ userErrors: UserErrors }),
      );
      const problem = result.userErrors[0];
      if (problem) throw new KefuError("PLATFORM_REFUSED", `Shopify refused the address change: ${problem.message}`);
    },
    async refund(order, { itemIndexes, amountCents, reason, idempotencyKey }) {
      const gid = requireExternal(order);
      const current = await fetchOrder(gid);
      if (!current) throw new KefuError("PLATFORM_REFUSED", `Shopify has no order ${order.id}`);
      const done = current.refunds.find((r) => r.note?.includes(marker(idempotencyKey)));
      if (done) return { refundId: done.id };
      const sale = current.transactions.find(
        (t) => (t.kind === "SALE" || t.kind === "CAPTURE") && t.status === "SUCCESS",
      );
      if (!sale) throw new KefuError("PLATFORM_REFUSED", `Order ${order.id} has no captured payment to refund`);
      const quantities = new Map<string, number>();
      for (const index of itemIndexes) {
        const lineId = order.external?.lineItemIds[index];
        if (!lineId) throw new KefuError("VALIDATION_FAILED", `Order ${order.id} has no item ${index + 1}`);
        quantities.set(lineId, (quantities.get(lineId) ?? 0) + 1);
      }
      // Shipped units go back through the Returns API; refundCreate is left for units that never shipped.
      const returned = await refundThroughReturn(run, {
        order: current,
        quantities,
        sale,
        amountCents,
        reason,
        marker: marker(idempotencyKey),
      });
      if (returned) return returned;
      const result = await run(
        REFUND_CREATE,
        {
          idempotencyKey,
          input: {
            orderId: gid,
            note: `${reason.slice(0, 200)} ${marker(idempotencyKey)}`.trim(),
            notify: true,
            refundLineItems: [...quantities].map(([lineItemId, quantity]) => ({
              lineItemId,
              quantity,
              restockType: "RETURN",
            })),
            transactions: [
              {
                orderId: gid,
                parentId: sale.id,
                gateway: sale.gateway ?? "manual",
                kind: "REFUND",
                amount: (amountCents / 100).toFixed(2),
              },
            ],
          },
        },
        "refundCreate",
        z.object({ refund: z.object({ id: z.string() }).nullish(), userErrors: UserErrors }),
      );
      const problem = result.userErrors[0];
      if (problem || !result.refund)
        throw new KefuError("PLATFORM_REFUSED", `Shopify refused the refund: ${problem?.message ?? "no refund"}`);
      return { refundId: result.refund.id };
    },
    async changeItems(order, { swaps, note, idempotencyKey }) {
      const current = await fetchOrder(requireExternal(order));
      if (!current) throw new KefuError("PLATFORM_REFUSED", `Shopify has no order ${order.id}`);
      return changeShopifyItems(run, { current, order, swaps, note, marker: marker(idempotencyKey) });
    },
    async exchangeItems(order, { swaps, reason, idempotencyKey }) {
      const current = await fetchOrder(requireExternal(order));
      if (!current) throw new KefuError("PLATFORM_REFUSED", `Shopify has no order ${order.id}`);
      return exchangeShopifyItems(run, { current, order, swaps, reason, marker: marker(idempotencyKey) });
    },
  };
}
