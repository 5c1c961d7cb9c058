import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../../src/application/ports/store.js";
import { listHighRiskOrders } from "../../../src/application/use-cases/insights/list-high-risk-orders.js";
import { scoreOrderRisk } from "../../../src/application/use-cases/insights/score-order-risk.js";
import { trainRiskModel } from "../../../src/application/use-cases/insights/train-risk-model.js";
import { seededRandom } from "../../../src/domain/ml/seeded-random.js";
import { createStore } from "../../../src/infrastructure/storage/create-store.js";
import { silentLogger } from "../../../src/infrastructure/system/pino-logger.js";
import { fixedClock } from "../../../src/infrastructure/system/system-clock.js";
import { order, product } from "./insights-fixtures.js";

describe("after-sales risk on SQLite", () => {
  let dir: string;
  let store: Store;
  const clock = fixedClock("2026-06-01T00:00:00Z");

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), "kefu-risk-"));
    store = await createStore({ sqlitePath: join(dir, "kefu.sqlite"), logger: silentLogger });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("refuses to train without enough history", async () => {
    await expect(trainRiskModel({ store, clock })).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    await expect(listHighRiskOrders({ store, clock })).rejects.toMatchObject({ code: "MODEL_NOT_FOUND" });
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
