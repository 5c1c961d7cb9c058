import { describe, expect, it } from "vitest";
import type { Order } from "../../domain/shop/order.js";
import { localizeOrderCards, orderCard } from "./order-views.js";

const order: Order = {
  id: "#W1",
  customerId: "li_na",
  status: "delivered",
  currency: "CNY",
  address: { line1: "1 Road", line2: "", city: "上海", state: "", zip: "200000", country: "CN" },
  items: [
    { productId: "p_kettle", variantId: "v1", name: "Electric Kettle", options: {}, priceCents: 19900 },
    { productId: "p_mug", variantId: "v2", name: "Mug", options: {}, priceCents: 2500 },
  ],
  fulfillments: [],
  payments: [],
  itemsChangedOnce: false,
  version: 0,
};

const catalogue = async (id: string) => (id === "p_kettle" ? { nameZh: "电热水壶" } : undefined);

describe("localizeOrderCards", () => {
  it("shows Chinese shoppers the catalogue's Chinese names and yuan, keeping names it lacks", async () => {
    const [card] = await localizeOrderCards([orderCard(order, "zh")], "zh", catalogue);
    expect(card?.items.map((i) => i.name)).toEqual(["电热水壶", "Mug"]);
    expect(card?.total).toBe("¥224.00");
  });

  it("leaves English cards alone", async () => {
    const [card] = await localizeOrderCards([orderCard(order, "en")], "en", catalogue);
    expect(card?.items.map((i) => i.name)).toEqual(["Electric Kettle", "Mug"]);
  });
});
