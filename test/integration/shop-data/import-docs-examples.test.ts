import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../../src/application/ports/store.js";
import { importShop } from "../../../src/application/use-cases/shop-data/import-shop.js";
import { readImportFile } from "../../../src/infrastructure/import/read-import-file.js";
import { openTempStore } from "./sqlite-store.js";

// Keeps docs/import-format.md honest: its example files import exactly as the text says.
const DOC = readFileSync(fileURLToPath(new URL("../../../docs/import-format.md", import.meta.url)), "utf8");

function codeBlocks(language: string): string[] {
  return [...DOC.matchAll(new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``, "g"))].map((m) => m[1] ?? "");
}

let store: Store;
let dir: string;
let dispose: () => Promise<void>;
beforeAll(async () => {
  ({ store, dir, dispose } = await openTempStore());
});
afterAll(() => dispose());

async function importExample(name: string, text: string) {
  const path = join(dir, name);
  writeFileSync(path, text);
  const source = await readImportFile(path);
  expect(source.errors).toEqual([]);
  const report = await importShop(store, source.doc);
  expect(report.errors).toEqual([]);
  return { format: source.format, counts: report.counts };
}

describe("docs/import-format.md examples", () => {
  it("imports the JSON, products CSV and orders CSV examples, and re-imports them unchanged", async () => {
    const [json] = codeBlocks("json");
    const [products, orders] = codeBlocks("csv");
    if (!json || !products || !orders) throw new Error("the doc lost an example block");

    const shop = await importExample("shop.json", json);
    expect(shop.format).toBe("kefu");
    for (const section of ["customers", "products", "orders", "kbArticles", "reviews"] as const) {
      expect(shop.counts[section].created, section).toBe(1);
    }
    const csvProducts = await importExample("products.csv", products);
    expect(csvProducts.format).toBe("csv-products");
    expect(csvProducts.counts.products.created).toBe(1);
    const csvOrders = await importExample("orders.csv", orders);
    expect(csvOrders.format).toBe("csv-orders");
    expect(csvOrders.counts.orders).toMatchObject({ created: 2, updated: 0 });

    const order = await store.orders.get("#W0090001");
    expect(order?.items.map((i) => i.priceCents)).toEqual([1999, 3990]);
    expect(order?.fulfillments).toHaveLength(1);
    expect((await importExample("orders-again.csv", orders)).counts.orders).toMatchObject({ created: 0, unchanged: 2 });
  });
});
