import type { z } from "zod";
import type { Address } from "../../../domain/shop/address.js";
import type { Customer } from "../../../domain/shop/customer.js";
import type { Order, OrderItem, OrderStatus } from "../../../domain/shop/order.js";
import type { Product } from "../../../domain/shop/product.js";
import type { ShopifyAddress, ShopifyCustomer, ShopifyOrder, ShopifyProduct } from "./shopify-schemas.js";

/** The numeric tail of a Shopify GID (gid://shopify/Order/123 → 123). */
export const gidTail = (gid: string) => gid.split("/").at(-1) ?? gid;

export const shopifyId = {
  customer: (gid: string) => `sh_${gidTail(gid)}`,
  product: (gid: string) => `sh_p${gidTail(gid)}`,
  variant: (gid: string) => `sh_v${gidTail(gid)}`,
  payment: (gateway: string | null | undefined) =>
    `sh_pm_${(gateway || "unknown").toLowerCase().replace(/[^a-z0-9]+/g, "_")}`,
  order: (name: string) => `#SH${name.replace(/^#/, "")}`,
};

const cents = (amount: string) => Math.round(Number.parseFloat(amount || "0") * 100);

export function toAddress(a: ShopifyAddress): Address {
  return {
    line1: a?.address1 || "-",
    line2: a?.address2 ?? "",
    city: a?.city || "-",
    state: a?.provinceCode ?? "",
    zip: a?.zip ?? "",
    country: a?.countryCodeV2 || "-",
  };
}

export function toCustomer(c: z.infer<typeof ShopifyCustomer>): Customer | undefined {
  if (!c.email) return undefined;
  return {
    id: shopifyId.customer(c.id),
    firstName: c.firstName || c.email.split("@")[0] || "Customer",
    lastName: c.lastName ?? "",
    email: c.email,
    ...(c.phone ? { phone: c.phone } : {}),
    locale: "en",
    defaultAddress: toAddress(c.defaultAddress),
    addresses: [],
    paymentMethods: [],
    ...(c.createdAt ? { createdAt: new Date(c.createdAt).toISOString() } : {}),
  };
}

export function toProduct(p: z.infer<typeof ShopifyProduct>): Product {
  return {
    id: shopifyId.product(p.id),
    name: p.title,
    category: p.productType ?? "",
    description: (p.description ?? "").slice(0, 2000),
    attributes: {},
    variants: p.variants.nodes.map((v) => ({
      id: shopifyId.variant(v.id),
      productId: shopifyId.product(p.id),
      options: Object.fromEntries(
        v.selectedOptions.filter((o) => o.name !== "Title").map((o) => [o.name.toLowerCase(), o.value]),
      ),
      available: v.availableForSale,
      priceCents: cents(v.price),
      ...(v.sku ? { sku: v.sku } : {}),
    })),
  };
}

function statusOf(o: ShopifyOrder): OrderStatus {
  if (o.cancelledAt) return "cancelled";
  if (o.displayFinancialStatus === "REFUNDED") return "returned";
  if (o.fulfillments.some((f) => f.deliveredAt)) return "delivered";
  if (o.displayFulfillmentStatus === "FULFILLED" || o.displayFulfillmentStatus === "PARTIALLY_FULFILLED")
    return "shipped";
  return o.displayFinancialStatus === "PAID" ? "processed" : "pending";
}

/** An order, one Kefu item per unit, remembering each unit's line-item GID for refunds. */
export function toOrder(o: ShopifyOrder): Order | undefined {
  if (!o.customer) return undefined;
  const items: OrderItem[] = [];
  const lineItemIds: string[] = [];
  const refunded = new Map<string, number>();
  for (const r of o.refunds.flatMap((refund) => refund.refundLineItems.nodes)) {
    refunded.set(r.lineItem.id, (refunded.get(r.lineItem.id) ?? 0) + r.quantity);
  }
  for (const line of o.lineItems.nodes) {
    // currentQuantity drops both units removed by an order edit and refunded ones; only the removed leave the order.
    const units =
      line.currentQuantity === null || line.currentQuantity === undefined
        ? line.quantity
        : Math.min(line.quantity, line.currentQuantity + (refunded.get(line.id) ?? 0));
    for (let i = 0; i < units; i += 1) {
      items.push({
        productId: line.product ? shopifyId.product(line.product.id) : "sh_p_unknown",
        variantId: line.variant ? shopifyId.variant(line.variant.id) : `sh_line_${gidTail(line.id)}`,
        name: line.name,
        options: line.variantTitle ? { variant: line.variantTitle } : {},
        priceCents: cents(line.originalUnitPriceSet.shopMoney.amount),
      });
      lineItemIds.push(line.id);
    }
  }
  if (items.length === 0) return undefined;
  const sales = o.transactions.filter((t) => (t.kind === "SALE" || t.kind === "CAPTURE") && t.status === "SUCCESS");
  const refunds = o.transactions.filter((t) => t.kind === "REFUND" && t.status === "SUCCESS");
  const delivered = o.fulfillments.find((f) => f.deliveredAt)?.deliveredAt;
  return {
    id: shopifyId.order(o.name),
    customerId: shopifyId.customer(o.customer.id),
    status: statusOf(o),
    currency: o.currencyCode,
    address: toAddress(o.shippingAddress),
    items,
    fulfillments: o.fulfillments
      .filter((f) => f.trackingInfo.some((t) => t.number))
      .map((f) => ({
        trackingIds: f.trackingInfo.flatMap((t) => (t.number ? [t.number] : [])),
        variantIds: [],
        ...(f.trackingInfo[0]?.company ? { carrier: f.trackingInfo[0].company } : {}),
        events: [],
      })),
    payments: [
      ...sales.map((t) => ({
        type: "payment" as const,
        amountCents: cents(t.amountSet.shopMoney.amount),
        paymentMethodId: shopifyId.payment(t.gateway),
      })),
      ...refunds.map((t) => ({
        type: "refund" as const,
        amountCents: cents(t.amountSet.shopMoney.amount),
        paymentMethodId: shopifyId.payment(t.gateway),
      })),
    ],
    placedAt: new Date(o.createdAt).toISOString(),
    ...(delivered ? { deliveredAt: new Date(delivered).toISOString() } : {}),
    itemsChangedOnce: false,
    version: 0,
    external: { platform: "shopify", id: o.id, lineItemIds, updatedAt: new Date(o.updatedAt).toISOString() },
  };
}
