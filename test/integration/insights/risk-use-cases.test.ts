import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../../src/application/ports/store.js";
import { listHighRiskOrders } from "../../../src/application/use-cases/insights/list-high-risk-orders.js";
import { scoreOrderRisk } from "../../../src/application/use-cases/insights/score-order-risk.js";
import { trainRiskModel } from "../../../src/application/use-cases/insights/train-risk-model.js";
import { seededRandom } from "../../../src/domain/ml/seeded-random.js";
import { fixedClock } from "../../../src/infrastructure/system/system-clock.js";
import { type DatabaseKind, type FreshStore, openFreshStore } from "./fresh-database.js";
import { order, product } from "./insights-fixtures.js";

describe.each<DatabaseKind>(["sqlite", "postgres"])("after-sales risk on %s", (targetName) => {
  let target: FreshStore;
  let store: Store;
  const clock = fixedClock("2026-06-01T00:00:00Z");

  beforeEach(async () => {
    target = await openFreshStore(targetName);
    store = target.store;
  });
  afterEach(async () => {
    await target.destroy();
  });

  it("refuses to train on a demo-sized history and ranks open orders with the heuristic instead", async () => {
    await store.products.upsert(product("flimsy", "Flimsy Chair", "home"));
    await store.products.upsert(product("solid", "Solid Desk", "home"));
    // 22 settled orders, 5 returned: a held-out quarter would hold one or two returns.
    for (let i = 0; i < 22; i++) {
      const returned = i % 4 === 0 && i < 20;
      const day = new Date(Date.UTC(2026, 0, 1) + i * 86_400_000).toISOString();
      await store.orders.upsert(
        order(`o${i}`, `c${i % 6}`, [returned ? "flimsy" : "solid"], returned ? "returned" : "delivered", day),
      );
    }
    await store.orders.upsert(order("open-risky", "c0", ["flimsy"], "shipped", "2026-05-30T00:00:00Z"));
    await store.orders.upsert(order("open-safe", "c1", ["solid"], "shipped", "2026-05-30T00:00:00Z"));
    const refused = trainRiskModel({ store, clock });
    await expect(refused).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      details: { settledOrders: 22, positives: 5, negatives: 17, minOrders: 50, minPerClass: 10 },
    });
    await expect(refused).rejects.toThrow(/not enough labelled orders/);
    const list = await listHighRiskOrders({ store, clock }, { includeLow: true, limit: 100 });
    expect(list).toMatchObject({ model: null, method: "heuristic", threshold: 0.45 });
    const ids = list.items.map((r) => r.orderId);
    expect(ids.indexOf("open-risky")).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf("open-risky")).toBeLessThan(ids.indexOf("open-safe"));
    const risky = await scoreOrderRisk({ store, clock }, { orderId: "open-risky" });
    expect(risky.method).toBe("heuristic");
    // c0 returned its earlier flimsy orders, and flimsy comes back often: both show up as reasons.
    expect(risky.reasons.map((r) => r.feature).sort()).toEqual(["customer_past_returns", "max_product_return_rate"]);
    expect(risky.high).toBe(true);
  });

  it("trains, stores, lists risky open orders and explains them", async () => {
    const random = seededRandom(3);
    await store.products.upsert(product("flimsy", "Flimsy Chair", "home"));
    await store.products.upsert(product("solid", "Solid Desk", "home"));
    for (let i = 0; i < 200; i++) {
      const risky = i % 4 === 0;
      const returned = random() < (risky ? 0.7 : 0.08);
      const day = new Date(Date.UTC(2026, 0, 1) + i * 43_200_000).toISOString();
      await store.orders.upsert(
        order(`o${i}`, `c${i % 40}`, [risky ? "flimsy" : "solid"], returned ? "returned" : "delivered", day),
      );
    }
    await store.orders.upsert(order("open-risky", "c1", ["flimsy"], "shipped", "2026-05-30T00:00:00Z"));
    await store.orders.upsert(order("open-safe", "c2", ["solid"], "shipped", "2026-05-30T00:00:00Z"));
    const model = await trainRiskModel({ store, clock }, { threshold: 0.3 });
    expect(model.metrics.auc ?? 0).toBeGreaterThan(0.7);
    expect((await listHighRiskOrders({ store, clock })).method).toBe("model");
    const list = await listHighRiskOrders({ store, clock }, { includeLow: true, limit: 500 });
    const risky = list.items.findIndex((r) => r.orderId === "open-risky");
    const safe = list.items.findIndex((r) => r.orderId === "open-safe");
    expect(risky).toBeGreaterThanOrEqual(0);
    expect(risky).toBeLessThan(safe);
    const explained = await scoreOrderRisk({ store, clock }, { orderId: "open-risky", locale: "zh" });
    expect(explained.high).toBe(true);
    expect(explained.reasons[0]?.label).toMatch(/退货率/);
  });
});
