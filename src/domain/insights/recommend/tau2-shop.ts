import { z } from "zod";
import type { Order } from "../../shop/order.js";
import type { Product } from "../../shop/product.js";

const Tau2Address = z.object({
  address1: z.string(),
  address2: z.string().default(""),
  city: z.string(),
  state: z.string().default(""),
  zip: z.string().default(""),
  country: z.string(),
});

/** The parts of a τ²-bench retail `db.json` the recommenders read. */
export const Tau2Db = z.object({
  products: z.record(
    z.string(),
    z.object({
      name: z.string(),
      product_id: z.string(),
      variants: z.record(
        z.string(),
        z.object({
          item_id: z.string(),
          options: z.record(z.string(), z.string()),
          available: z.boolean(),
          price: z.number(),
        }),
      ),
    }),
  ),
  users: z.record(z.string(), z.object({ orders: z.array(z.string()).default([]) })),
  orders: z.record(
    z.string(),
    z.object({
      order_id: z.string(),
      user_id: z.string(),
      address: Tau2Address,
      status: z.string(),
      items: z.array(
        z.object({
          name: z.string(),
          product_id: z.string(),
          item_id: z.string(),
          price: z.number(),
          options: z.record(z.string(), z.string()),
        }),
      ),
    }),
  ),
});
export type Tau2Db = z.infer<typeof Tau2Db>;

const STATUS: Record<string, Order["status"]> = {
  pending: "pending",
  "pending (item modified)": "pending_items_modified",
  processed: "processed",
  delivered: "delivered",
  cancelled: "cancelled",
  "return requested": "return_requested",
  "exchange requested": "exchange_requested",
};

const cents = (amount: number) => Math.round(amount * 100);

/**
 * Products and orders of a τ² retail db. The db has no dates, so orders come out in each
 * user's own order-list sequence, which `purchasesFromOrders` keeps as the timeline.
 */
export function tau2ToShop(db: Tau2Db): { products: Product[]; orders: Order[] } {
  const products: Product[] = Object.values(db.products).map((p) => ({
    id: p.product_id,
    name: p.name,
    category: "",
    description: "",
    attributes: {},
    variants: Object.values(p.variants).map((v) => ({
      id: v.item_id,
      productId: p.product_id,
      options: v.options,
      available: v.available,
      priceCents: cents(v.price),
    })),
  }));
  const orders: Order[] = [];
  for (const user of Object.values(db.users)) {
    for (const id of user.orders) {
      const o = db.orders[id];
      if (!o || o.items.length === 0) continue;
      orders.push({
        id: o.order_id,
        customerId: o.user_id,
        status: STATUS[o.status] ?? "processed",
        currency: "USD",
        address: {
          line1: o.address.address1,
          line2: o.address.address2,
          city: o.address.city,
          state: o.address.state,
          zip: o.address.zip,
          country: o.address.country,
        },
        items: o.items.map((i) => ({
          productId: i.product_id,
          variantId: i.item_id,
          name: i.name,
          options: i.options,
          priceCents: cents(i.price),
        })),
        fulfillments: [],
        payments: [],
        itemsChangedOnce: false,
        version: 0,
      });
    }
  }
  return { products, orders };
}
