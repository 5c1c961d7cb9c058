import { describe, expect, it } from "vitest";
import type { Order } from "../../shop/order.js";
import type { Product } from "../../shop/product.js";
import { catalogFromProducts } from "./catalog-item.js";
import { ContentSimilarity } from "./content-similarity.js";
import { evaluateLeaveLastOut } from "./evaluate-leave-last-out.js";
import { ItemCooccurrence } from "./item-cooccurrence.js";
import { leaveLastOutSplit } from "./leave-last-out-split.js";
import { purchasesFromOrders } from "./purchase-history.js";
import { Recommender } from "./recommender.js";

const product = (id: string, name: string, category: string, options: Record<string, string>, available = true) =>
  ({
    id,
    name,
    category,
    description: "",
    attributes: {},
    variants: [{ id: `${id}-v`, productId: id, options, available, priceCents: 1000 }],
  }) satisfies Product;

const address = { line1: "1 Road", line2: "", city: "X", state: "", zip: "1", country: "US" };
let orderNo = 0;
const order = (customerId: string, productIds: string[], status: Order["status"] = "delivered"): Order => ({
  id: `o${++orderNo}`,
  customerId,
  status,
  currency: "USD",
  address,
  items: productIds.map((p) => ({ productId: p, variantId: `${p}-v`, name: p, options: {}, priceCents: 1000 })),
  fulfillments: [],
  payments: [],
  itemsChangedOnce: false,
  version: 0,
});

const products = [
  product("phone", "Smart Phone", "electronics", { color: "black", storage: "128gb" }),
  product("case", "Phone Case", "accessories", { color: "black" }),
  product("charger", "Fast Charger", "accessories", { power: "20w" }),
  product("tablet", "Tablet", "electronics", { color: "black", storage: "256gb" }),
  product("mug", "Coffee Mug", "kitchen", { capacity: "350ml" }),
  product("kettle", "Electric Kettle", "kitchen", { capacity: "1l" }, false),
];

describe("ItemCooccurrence", () => {
  it("computes cosine over co-purchase counts", () => {
    const co = new ItemCooccurrence([new Set(["a", "b"]), new Set(["a", "b", "c"]), new Set(["a"])]);
    // a: 3 buyers, b: 2, both: 2 -> 2 / sqrt(6)
    expect(co.neighbours("a").get("b")).toBeCloseTo(2 / Math.sqrt(6), 12);
    expect(co.neighbours("c").get("b")).toBeCloseTo(1 / Math.sqrt(2), 12);
    expect(co.neighbours("zzz").size).toBe(0);
  });
});

describe("ContentSimilarity", () => {
  it("finds the product sharing category and options most similar", () => {
    const content = new ContentSimilarity(catalogFromProducts(products));
    expect(content.similarity("phone", "tablet")).toBeGreaterThan(content.similarity("phone", "mug"));
    expect(content.similarity("phone", "phone")).toBeCloseTo(1, 6);
    expect(content.sharedFeatures("phone", "tablet")).toContain("cat:electronics");
  });
});

describe("Recommender", () => {
  const orders = [
    order("u1", ["phone", "case"]),
    order("u2", ["phone", "case", "charger"]),
    order("u3", ["phone", "charger"]),
    order("u4", ["mug"]),
    order("u5", ["phone"]),
    order("u6", ["case"], "returned"),
    order("u6", ["tablet"], "cancelled"),
  ];
  const recommender = new Recommender(catalogFromProducts(products), purchasesFromOrders(orders));

  it("recommends co-purchased items with a reason and skips what the shopper has", () => {
    const recs = recommender.recommend({ customerId: "u5", limit: 3 });
    expect(recs[0]?.source).toBe("co_purchase");
    expect(["case", "charger"]).toContain(recs[0]?.productId);
    expect(recs.map((r) => r.productId)).not.toContain("phone");
    expect(recs[0]?.reason).toBe("Shoppers who bought Smart Phone also bought this");
  });

  it("never recommends unavailable products", () => {
    const recs = recommender.recommend({ customerId: "u4", limit: 10 });
    expect(recs.map((r) => r.productId)).not.toContain("kettle");
  });

  it("falls back to popularity for a new shopper, in Chinese too", () => {
    const recs = recommender.recommend({ customerId: "new", limit: 2, locale: "zh" });
    expect(recs.map((r) => r.productId)).toEqual(["phone", "case"]);
    expect(recs[0]?.reason).toBe("店内热销商品");
  });

  it("excludes returned products and does not learn from them", () => {
    expect(recommender.history("u6")).toEqual([]);
    const recs = recommender.recommend({ customerId: "u6", limit: 10 });
    expect(recs.map((r) => r.productId)).not.toContain("case");
    expect(recs[0]?.source).toBe("popular");
  });

  it("suggests replacements after a return", () => {
    const recs = recommender.recommend({ customerId: "u4", anchorProductId: "phone", limit: 5 });
    expect(recs.map((r) => r.productId)).not.toContain("phone");
    const tablet = recs.find((r) => r.productId === "tablet");
    expect(tablet?.reason).toMatch(/^A replacement for Smart Phone/);
  });
});

describe("leave-last-out", () => {
  it("hides each shopper's last new product", () => {
    const purchases = purchasesFromOrders([order("a", ["x", "y"]), order("a", ["x", "z"]), order("b", ["x"])]);
    const { train, heldOut } = leaveLastOutSplit(purchases);
    expect([...heldOut]).toEqual([["a", "z"]]);
    expect(train.some((p) => p.customerId === "a" && p.productId === "z")).toBe(false);
    expect(train).toHaveLength(4);
  });

  it("scores a shop with real co-purchase structure higher than popularity", () => {
    // 12 pairs (p_i, q_i). Group A (36 shoppers) buys p_i then q_i, so q_i is held out and only
    // co-purchases reveal it; group B (24) buys the pair together, then a one-off z_b (unknowable).
    const catalog = catalogFromProducts([
      ...Array.from({ length: 12 }, (_, i) => [
        product(`p${i}`, `P ${i}`, "x", {}),
        product(`q${i}`, `Q ${i}`, "y", {}),
      ]).flat(),
      ...Array.from({ length: 24 }, (_, b) => product(`z${b}`, `Z ${b}`, "z", {})),
    ]);
    const orders: Order[] = [];
    for (let u = 0; u < 36; u++) orders.push(order(`a${u}`, [`p${u % 12}`]), order(`a${u}`, [`q${u % 12}`]));
    for (let b = 0; b < 24; b++) orders.push(order(`b${b}`, [`p${b % 12}`, `q${b % 12}`]), order(`b${b}`, [`z${b}`]));
    const report = evaluateLeaveLastOut(catalog, purchasesFromOrders(orders), {
      k: 3,
      weights: { coPurchase: 1, content: 0, popularity: 0.01 },
    });
    const by = Object.fromEntries(report.methods.map((m) => [m.method, m]));
    expect(report.users).toBe(60);
    expect(by.blended?.recallAtK).toBeCloseTo(0.6, 12);
    expect(by.blended?.ndcgAtK).toBeCloseTo(0.6, 12);
    expect(by.popularity?.recallAtK).toBe(0);
  });
});
