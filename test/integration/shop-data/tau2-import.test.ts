import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SHARED_DATA } from "../../../bench/shared-data-dir.js";
import type { Store } from "../../../src/application/ports/store.js";
import { exportShop } from "../../../src/application/use-cases/shop-data/export-shop.js";
import { importShop } from "../../../src/application/use-cases/shop-data/import-shop.js";
import { readImportFile } from "../../../src/infrastructure/import/read-import-file.js";
import { openTempStore } from "./sqlite-store.js";

const TAU2_DB = join(SHARED_DATA, "tau2-retail", "db.json");

let store: Store;
let dispose: () => Promise<void>;

beforeAll(async () => {
  expect(existsSync(TAU2_DB), `${TAU2_DB} is part of the shared data`).toBe(true);
  ({ store, dispose } = await openTempStore());
});
afterAll(() => dispose?.());

describe("importing the τ²-bench retail db.json", () => {
  it("is detected by content and converted without reader errors", async () => {
    const source = await readImportFile(TAU2_DB);
    expect(source.format).toBe("tau2");
    expect(source.errors).toEqual([]);
  });

  it("imports 500 customers, 50 products and 1,000 orders", async () => {
    const source = await readImportFile(TAU2_DB);
    const report = await importShop(store, source.doc);
    expect(report.errors).toEqual([]);
    expect(report.ok && report.written).toBe(true);
    expect(report.counts.customers.created).toBe(500);
    expect(report.counts.products.created).toBe(50);
    expect(report.counts.orders.created).toBe(1000);
    expect((await store.customers.list({ limit: 1 })).total).toBe(500);
    expect(await store.products.all()).toHaveLength(50);
    expect(await store.orders.all()).toHaveLength(1000);
  });

  it("maps a sample order, its customer and product exactly", async () => {
    const order = await store.orders.get("#W2611340");
    expect(order).toMatchObject({
      customerId: "james_li_5688",
      status: "processed",
      currency: "USD",
      address: { line1: "215 River Road", line2: "Suite 991", city: "New York", state: "NY", zip: "10083" },
      fulfillments: [{ trackingIds: ["357962501027"], variantIds: ["6469567736", "8426249116"] }],
      payments: [{ type: "payment", amountCents: 53665, paymentMethodId: "gift_card_1725971" }],
    });
    expect(order?.items.map((i) => [i.name, i.variantId, i.priceCents])).toEqual([
      ["Water Bottle", "6469567736", 4784],
      ["Office Chair", "8426249116", 48881],
    ]);
    expect(order?.items[1]?.options).toEqual({
      material: "fabric",
      color: "black",
      armrest: "fixed",
      "backrest height": "standard",
    });
    const noah = await store.customers.findByEmail("noah.brown7922@example.com");
    expect(noah?.id).toBe("noah_brown_6181");
    expect(noah?.paymentMethods).toEqual(
      expect.arrayContaining([
        { id: "paypal_5727330", kind: "paypal" },
        { id: "credit_card_7815826", kind: "credit_card", brand: "mastercard", last4: "9212" },
      ]),
    );
    const tshirt = await store.products.get("9523456873");
    expect(tshirt?.variants.find((v) => v.id === "9612497925")).toMatchObject({
      options: { color: "blue", size: "M", material: "cotton", style: "crew neck" },
      available: true,
      priceCents: 5088,
    });
  });

  it("keeps gift card balances and every status in cents and Kefu names", async () => {
    const orders = await store.orders.all();
    const statuses = new Map<string, number>();
    for (const o of orders) statuses.set(o.status, (statuses.get(o.status) ?? 0) + 1);
    expect(Object.fromEntries(statuses)).toEqual({ processed: 102, delivered: 373, pending: 423, cancelled: 102 });
    const doc = await exportShop(store);
    const gift = doc.customers.flatMap((c) => c.paymentMethods).filter((m) => m.kind === "gift_card");
    expect(gift).toHaveLength(234);
    for (const m of gift) expect(Number.isInteger(m.balanceCents)).toBe(true);
  });

  it("changes nothing when imported a second time", async () => {
    const before = await exportShop(store);
    const report = await importShop(store, (await readImportFile(TAU2_DB)).doc);
    expect(report.counts.orders).toEqual({ created: 0, updated: 0, unchanged: 1000 });
    expect(report.counts.customers).toEqual({ created: 0, updated: 0, unchanged: 500 });
    expect(await exportShop(store)).toEqual(before);
  });
});
