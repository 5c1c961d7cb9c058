import { describe, expect, it } from "vitest";
import type { Order } from "../../domain/shop/order.js";
import { Product } from "../../domain/shop/product.js";
import type { DialogReads } from "../ports/dialog-reads.js";
import { chineseNamedReads } from "./localized-reads.js";
import { itemLabel, money } from "./order-views.js";

const order: Order = {
  id: "#W1",
  customerId: "emma",
  status: "shipped",
  currency: "USD",
  address: { line1: "1 Road", line2: "", city: "SF", state: "CA", zip: "94107", country: "US" },
  items: [
    { productId: "p_watch", variantId: "v1", name: "Smart Watch", options: { color: "black" }, priceCents: 17999 },
    { productId: "p_mug", variantId: "v2", name: "Mug", options: {}, priceCents: 2199 },
  ],
  fulfillments: [],
  payments: [],
  itemsChangedOnce: false,
  version: 0,
};

let productReads = 0;
const reads: DialogReads = {
  order: async (id) => (id === order.id ? order : undefined),
  ordersOf: async () => [order, order],
  product: async (id) => {
    productReads++;
    return id === "p_watch" ? Product.parse({ id, name: "Smart Watch", nameZh: "智能手表", variants: [] }) : undefined;
  },
  findProducts: async () => [],
  requestsOf: async () => [],
  policy: async () => {
    throw new Error("not used");
  },
};

describe("chineseNamedReads", () => {
  it("names items in Chinese where the catalogue can, keeping ids, positions and the shop's currency", async () => {
    const zh = chineseNamedReads(reads);
    const read = await zh.order("#W1");
    expect(read?.items.map((i) => itemLabel(i))).toEqual(["智能手表 (black)", "Mug"]);
    expect(read?.items.map((i) => [i.productId, i.variantId, i.priceCents])).toEqual([
      ["p_watch", "v1", 17999],
      ["p_mug", "v2", 2199],
    ]);
    // Formatted for the reader, still US dollars: not converted.
    expect(money(order, 2199, "zh")).toBe("US$21.99");
    expect(money(order, 2199, "en")).toBe("$21.99");
    // A fresh turn looks each product up once, however many orders name it.
    productReads = 0;
    const all = await chineseNamedReads(reads).ordersOf("emma");
    expect(all.map((o) => o.items[0]?.name)).toEqual(["智能手表", "智能手表"]);
    expect(productReads).toBe(2);
    // The store's order is untouched.
    expect(order.items[0]?.name).toBe("Smart Watch");
  });
});
