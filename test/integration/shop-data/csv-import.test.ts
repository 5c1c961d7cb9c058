import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../../src/application/ports/store.js";
import { formatRowError } from "../../../src/application/use-cases/shop-data/import-report.js";
import { importShop } from "../../../src/application/use-cases/shop-data/import-shop.js";
import { seedDemoShop } from "../../../src/application/use-cases/shop-data/seed-demo-shop.js";
import { detectImportFormat } from "../../../src/infrastructure/import/detect-import-format.js";
import { locateErrors } from "../../../src/infrastructure/import/import-source.js";
import { readImportText } from "../../../src/infrastructure/import/read-import-file.js";
import { ORDERS_CSV, PRODUCTS_CSV } from "./csv-fixtures.js";
import { fixedClock, openTempStore } from "./sqlite-store.js";

let store: Store;
let dispose: () => Promise<void>;
beforeEach(async () => {
  ({ store, dispose } = await openTempStore());
  await seedDemoShop(store, fixedClock("2026-11-20T09:00:00.000Z"));
});
afterEach(() => dispose());

describe("CSV import", () => {
  it("detects products and orders CSV by their header", () => {
    expect(detectImportFormat("p.csv", PRODUCTS_CSV)).toBe("csv-products");
    expect(detectImportFormat("o.csv", ORDERS_CSV)).toBe("csv-orders");
  });

  it("groups product rows into products with variants, options and prices in cents", async () => {
    const source = readImportText(PRODUCTS_CSV, "csv-products");
    expect(source.errors).toEqual([]);
    const report = await importShop(store, source.doc);
    expect(report.counts.products).toEqual({ created: 2, updated: 0, unchanged: 0 });
    const hoodie = await store.products.get("hoodie");
    expect(hoodie).toMatchObject({
      name: "Hoodie",
      nameZh: "连帽卫衣",
      category: "clothing",
      attributes: { brand: "Cosy" },
    });
    expect(hoodie?.variants.map((v) => [v.id, v.priceCents, v.available, v.options])).toEqual([
      ["hoodie-grey-m", 3990, true, { color: "grey", size: "M" }],
      ["hoodie-grey-l", 4100, true, { color: "grey", size: "L" }],
      ["hoodie-black-m", 3990, false, { color: "black", size: "M" }],
    ]);
    expect((await store.products.get("socks"))?.variants[0]?.options).toEqual({ color: "white" });
  });

  it("groups order rows into orders with items, a shipment and a payment", async () => {
    await importShop(store, readImportText(PRODUCTS_CSV, "csv-products").doc);
    const source = readImportText(ORDERS_CSV, "csv-orders");
    expect(source.errors).toEqual([]);
    const report = await importShop(store, source.doc);
    expect(report.errors).toEqual([]);
    expect(report.counts.orders.created).toBe(2);
    const order = await store.orders.get("#W0090001");
    expect(order).toMatchObject({
      customerId: "emma_wilson_1001",
      status: "shipped",
      placedAt: "2026-11-10T00:00:00.000Z",
      address: { line1: "742 Market Street", zip: "94107", country: "USA" },
      fulfillments: [
        { trackingIds: ["1Z999AA10000000001"], carrier: "UPS", variantIds: ["hoodie-grey-m", "socks-white"] },
      ],
      payments: [{ type: "payment", amountCents: 4540, paymentMethodId: "credit_card_1001" }],
    });
    expect((await store.orders.get("#W0090002"))?.status).toBe("return_requested");
    const again = await importShop(store, readImportText(ORDERS_CSV, "csv-orders").doc);
    expect(again.counts.orders).toEqual({ created: 0, updated: 0, unchanged: 2 });
  });

  it("names the line and column of every bad cell", () => {
    const bad = `${PRODUCTS_CSV}socks,Socks,,clothing,socks-black,,abc,maybe,black,,\n,Nameless,,,x-1,,1.00,,,,\n`;
    const source = readImportText(bad, "csv-products");
    expect(source.errors.map(formatRowError)).toEqual([
      'line 6 (price) (id socks): "abc" is not an amount like 12.99',
      'line 6 (available) (id socks): "maybe" is not true/false',
      "line 7 (product_id): is empty",
    ]);
  });

  it("points reference errors found at import time back to CSV lines", async () => {
    const csv = ORDERS_CSV.replace("li_na_2001", "nobody_1").replace("hoodie-grey-m", "ghost");
    const source = readImportText(csv, "csv-orders");
    const report = await importShop(store, source.doc);
    expect(report.ok).toBe(false);
    const located = locateErrors(report.errors, source.lines).map(formatRowError);
    expect(located).toEqual(
      expect.arrayContaining([
        "line 2: orders[0].items[0].variantId (id #W0090001): unknown variant ghost",
        "line 4: orders[1].customerId (id #W0090002): unknown customer nobody_1",
      ]),
    );
    expect(await store.orders.get("#W0090001")).toBeUndefined();
  });

  it("rejects rows of one order that disagree, and a missing required column", () => {
    const conflicting = ORDERS_CSV.replace(
      "shipped,2026-11-10,742 Market Street,San Francisco,CA,94107,USA,socks",
      "delivered,2026-11-10,742 Market Street,San Francisco,CA,94107,USA,socks",
    );
    expect(readImportText(conflicting, "csv-orders").errors.map(formatRowError)).toEqual([
      "line 3 (status) (id #W0090001): differs from line 2 of order #W0090001",
    ]);
    const noPrice = "product_id,name,variant_id\np,P,v\n";
    expect(readImportText(noPrice, "csv-products").errors.map(formatRowError)).toEqual([
      "line 1 (price): required column is missing",
    ]);
  });
});
