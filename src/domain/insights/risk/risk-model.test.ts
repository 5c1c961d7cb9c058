import { describe, expect, it } from "vitest";
import { seededRandom } from "../../ml/seeded-random.js";
import type { AfterSalesRequest } from "../../shop/after-sales-request.js";
import type { Order } from "../../shop/order.js";
import { OrderRiskHistory } from "./order-risk-history.js";
import { buildRiskDataset } from "./risk-dataset.js";
import { scoreRisk, trainRiskModel } from "./risk-model.js";

const address = { line1: "1 Road", line2: "", city: "X", state: "", zip: "1", country: "US" };
const order = (id: string, customerId: string, productId: string, status: Order["status"], day: number): Order => ({
  id,
  customerId,
  status,
  currency: "USD",
  address,
  items: [{ productId, variantId: `${productId}-v`, name: productId, options: {}, priceCents: 5000 }],
  fulfillments: [],
  payments: [],
  placedAt: new Date(Date.UTC(2026, 0, 1) + day * 86_400_000).toISOString(),
  itemsChangedOnce: false,
  version: 0,
});

describe("OrderRiskHistory", () => {
  it("computes leakage-free features", () => {
    const orders = [
      order("o1", "a", "shoe", "returned", 1),
      order("o2", "a", "shoe", "delivered", 2),
      order("o3", "b", "bag", "cancelled", 3),
      order("o4", "b", "bag", "delivered", 4),
    ];
    const complaint: AfterSalesRequest = {
      id: "r1",
      orderId: "o4",
      customerId: "b",
      kind: "complaint",
      status: "requested",
      itemIndexes: [],
      newVariantIds: [],
      reason: "",
      amountCents: 0,
      createdBy: "bot",
      createdAt: "2026-01-06T00:00:00Z",
      details: {},
    };
    const history = new OrderRiskHistory(orders, [complaint], []);
    expect(history.hadTrouble(orders[3] as Order)).toBe(true);
    const o2 = history.features(orders[1] as Order, "2026-02-01T00:00:00Z");
    expect(o2.customer_past_returns).toBe(1);
    expect(o2.customer_past_orders).toBe(1);
    // o1 itself must not count towards its own product's return rate: shop prior = 2/3 over 3 sold.
    const o1 = history.features(orders[0] as Order, "2026-02-01T00:00:00Z");
    expect(o1.customer_past_returns).toBe(0);
    expect(o1.max_product_return_rate).toBeCloseTo((0 + 5 * (2 / 3)) / (1 + 5), 10);
    expect(history.features(orders[3] as Order, "2026-02-01T00:00:00Z").customer_past_cancellations).toBe(1);
  });

  it("gives a returned order no lower product return rate than a kept one (out-of-fold, not leave-one-out)", () => {
    const orders = Array.from({ length: 60 }, (_, i) =>
      order(`o${i}`, `c${i}`, "mug", i % 2 === 0 ? "returned" : "delivered", i),
    );
    const history = new OrderRiskHistory(orders, [], []);
    const rate = (o: Order) => history.features(o, "2026-06-01T00:00:00Z").max_product_return_rate;
    const mean = (list: Order[]) => list.reduce((s, o) => s + rate(o), 0) / list.length;
    const returned = orders.filter((o) => o.status === "returned");
    const kept = orders.filter((o) => o.status === "delivered");
    // Leave-one-out would put every returned order below every kept one; folds share one rate.
    expect(Math.abs(mean(returned) - mean(kept))).toBeLessThan(0.05);
    expect(new Set(orders.map(rate)).size).toBeLessThanOrEqual(5);
    // An open order sees every settled one: 30 of 60 returned, shrunk towards the shop rate 0.5.
    expect(rate(order("open", "c", "mug", "shipped", 70))).toBeCloseTo(0.5, 10);
  });
});

describe("trainRiskModel", () => {
  it("learns that troublesome products and customers predict returns, and explains why", () => {
    const random = seededRandom(7);
    const orders: Order[] = [];
    for (let i = 0; i < 600; i++) {
      const risky = i % 3 === 0;
      const product = risky ? `bad${i % 5}` : `good${i % 7}`;
      const returned = random() < (risky ? 0.6 : 0.1);
      orders.push(order(`o${i}`, `c${i % 150}`, product, returned ? "returned" : "delivered", i));
    }
    const data = buildRiskDataset(orders, [], [], "2027-01-01T00:00:00Z");
    const model = trainRiskModel(data, { trainedAt: "2027-01-01T00:00:00Z", threshold: 0.4 });
    expect(model.metrics.auc ?? 0).toBeGreaterThan(0.7);
    expect(model.metrics.recall).toBeGreaterThan(0.4);
    const badRow = data.find((d) => orders.find((o) => o.id === d.orderId)?.items[0]?.productId.startsWith("bad"));
    const goodRow = data.find((d) => orders.find((o) => o.id === d.orderId)?.items[0]?.productId.startsWith("good"));
    if (!badRow || !goodRow) throw new Error("fixture has both kinds");
    const bad = scoreRisk(model, badRow.features);
    expect(bad.probability).toBeGreaterThan(scoreRisk(model, goodRow.features).probability);
    expect(bad.contributions[0]?.feature).toMatch(/product_return_rate/);
  });

  it("refuses data with a single class", () => {
    expect(() =>
      trainRiskModel(buildRiskDataset([order("o1", "a", "p", "delivered", 1)], [], [], "2026-02-01T00:00:00Z"), {
        trainedAt: "2026-02-01T00:00:00Z",
      }),
    ).toThrow(/both/);
  });
});
