import type { Address } from "../../../domain/shop/address.js";
import type { Customer } from "../../../domain/shop/customer.js";
import type { Order, OrderItem, OrderStatus } from "../../../domain/shop/order.js";
import { paymentKindOf } from "../../../domain/shop/payment-kind-of.js";
import type { Product, Variant } from "../../../domain/shop/product.js";
import type { WooAddress, WooCustomer, WooOrder, WooProduct } from "./woo-schemas.js";

/** Kefu ids of WooCommerce objects: prefixed so they never collide with imported or demo ids. */
export const wooId = {
  customer: (id: number) => `wc_${id}`,
  product: (id: number) => `wc_p${id}`,
  variant: (productId: number, variationId: number) => `wc_v${variationId || productId}`,
  payment: (method: string) => `wc_pm_${method || "unknown"}`,
  order: (number: string) => `#WC${number}`,
};

/** Money strings ("12.50") to integer cents. */
export const cents = (amount: string): number => Math.round(Number.parseFloat(amount || "0") * 100);

const STATUS: Record<string, OrderStatus> = {
  pending: "pending",
  "on-hold": "pending",
  processing: "processed",
  completed: "delivered",
  cancelled: "cancelled",
  failed: "cancelled",
  refunded: "returned",
};

const GMT = (value: string | null | undefined) =>
  value ? new Date(`${value.replace(/Z$/, "")}Z`).toISOString() : undefined;

/** A WooCommerce address as Kefu's; missing parts become "-" since the schema needs a line, city and country. */
export function toAddress(a: WooAddress, fallback?: WooAddress): Address {
  const src = a.address_1 ? a : (fallback ?? a);
  return {
    line1: src.address_1 || "-",
    line2: src.address_2 ?? "",
    city: src.city || "-",
    state: src.state ?? "",
    zip: src.postcode ?? "",
    country: src.country || "-",
  };
}

export function toCustomer(c: WooCustomer, paymentMethods: readonly string[] = []): Customer {
  return {
    id: wooId.customer(c.id),
    firstName: c.first_name || c.billing.first_name || c.username || c.email.split("@")[0] || "Customer",
    lastName: c.last_name || c.billing.last_name || "",
    email: c.email,
    ...(c.billing.phone ? { phone: c.billing.phone } : {}),
    locale: "en",
    defaultAddress: toAddress(c.shipping, c.billing),
    addresses: [],
    paymentMethods: [...new Set(paymentMethods)].map((m) => ({ id: wooId.payment(m), kind: paymentKindOf(m) })),
    ...(GMT(c.date_created_gmt) ? { createdAt: GMT(c.date_created_gmt) } : {}),
  };
}

/** A product with its variants; a simple product is one variant with no options. */
export function toProduct(
  p: WooProduct,
  variations: readonly {
    id: number;
    price: string;
    sku: string;
    stock_status: string;
    attributes: { name: string; option: string }[];
  }[],
): Product {
  const variants: Variant[] =
    variations.length > 0
      ? variations.map((v) => ({
          id: wooId.variant(p.id, v.id),
          productId: wooId.product(p.id),
          options: Object.fromEntries(v.attributes.map((a) => [a.name.toLowerCase(), a.option])),
          available: v.stock_status === "instock",
          priceCents: cents(v.price),
          ...(v.sku ? { sku: v.sku } : {}),
        }))
      : [
          {
            id: wooId.variant(p.id, 0),
            productId: wooId.product(p.id),
            options: {},
            available: p.stock_status === "instock",
            priceCents: cents(p.price),
            ...(p.sku ? { sku: p.sku } : {}),
          },
        ];
  return {
    id: wooId.product(p.id),
    name: p.name,
    category: p.categories[0]?.name ?? "",
    description: p.description.replace(/<[^>]*>/g, "").slice(0, 2000),
    attributes: {},
    variants,
  };
}

/** Tracking numbers from the Shipment Tracking extension's order meta, when present. */
function trackingOf(o: WooOrder): Order["fulfillments"] {
  const meta = o.meta_data.find((m) => m.key === "_wc_shipment_tracking_items")?.value;
  if (!Array.isArray(meta)) return [];
  return meta.flatMap((t) =>
    typeof t === "object" && t !== null && "tracking_number" in t
      ? [
          {
            trackingIds: [String(t.tracking_number)],
            variantIds: [],
            ...("tracking_provider" in t ? { carrier: String(t.tracking_provider) } : {}),
            events: [],
          },
        ]
      : [],
  );
}

/** An order, one Kefu item per unit (a line of quantity 2 becomes two items sharing the line id). */
export function toOrder(o: WooOrder): Order {
  const items: OrderItem[] = [];
  const lineItemIds: string[] = [];
  for (const line of o.line_items) {
    const unit = Math.round(cents(line.total) / line.quantity);
    const options = Object.fromEntries(
      line.meta_data
        .filter((m) => typeof m.value === "string" && !m.key.startsWith("_"))
        .map((m) => [m.key, String(m.value)]),
    );
    for (let i = 0; i < line.quantity; i += 1) {
      items.push({
        productId: wooId.product(line.product_id),
        variantId: wooId.variant(line.product_id, line.variation_id),
        name: line.name,
        options,
        priceCents: unit,
      });
      lineItemIds.push(String(line.id));
    }
  }
  const placedAt = GMT(o.date_created_gmt);
  const method = wooId.payment(o.payment_method);
  return {
    id: wooId.order(o.number),
    customerId: o.customer_id > 0 ? wooId.customer(o.customer_id) : `wc_guest_${o.id}`,
    status: STATUS[o.status] ?? "pending",
    currency: o.currency.toUpperCase(),
    address: toAddress(o.shipping, o.billing),
    items,
    fulfillments: trackingOf(o),
    payments: [
      { type: "payment", amountCents: cents(o.total), paymentMethodId: method, ...(placedAt ? { at: placedAt } : {}) },
      ...o.refunds.map((r) => ({
        type: "refund" as const,
        amountCents: Math.abs(cents(r.total)),
        paymentMethodId: method,
      })),
    ],
    ...(placedAt ? { placedAt } : {}),
    ...(GMT(o.date_completed_gmt) ? { deliveredAt: GMT(o.date_completed_gmt) } : {}),
    itemsChangedOnce: false,
    version: 0,
    external: {
      platform: "woocommerce",
      id: String(o.id),
      lineItemIds,
      updatedAt: GMT(o.date_modified_gmt) ?? placedAt ?? new Date(0).toISOString(),
    },
  };
}
