// τ²-retail db.json import (500 customers, 50 products, 1,000 orders) into SQLite: importShop
// (validation, reference checks, one transaction) against a baseline of bare upserts in autocommit.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Store } from "../src/application/ports/store.js";
import { exportShop } from "../src/application/use-cases/shop-data/export-shop.js";
import { importShop } from "../src/application/use-cases/shop-data/import-shop.js";
import type { ShopDocument } from "../src/application/use-cases/shop-data/shop-document.js";
import { readImportFile } from "../src/infrastructure/import/read-import-file.js";
import { createStore } from "../src/infrastructure/storage/create-store.js";
import { silentLogger } from "../src/infrastructure/system/pino-logger.js";
import { sharedDataPath } from "./shared-data-dir.js";

const dir = mkdtempSync(join(tmpdir(), "kefu-bench-import-"));
let n = 0;
const freshStore = () => createStore({ sqlitePath: join(dir, `s${n++}.sqlite`), logger: silentLogger });

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

async function bareUpserts(store: Store, doc: ShopDocument): Promise<void> {
  for (const c of doc.customers) await store.customers.upsert(c);
  for (const p of doc.products) await store.products.upsert(p);
  for (const o of doc.orders) await store.orders.upsert(o);
}

try {
  const file = sharedDataPath("tau2-retail", "db.json");
  const read = await timed(() => readImportFile(file));
  const doc = read.value.doc;
  const records = (["customers", "products", "orders"] as const).reduce(
    (sum, key) =>
      sum + (doc && typeof doc === "object" && key in doc ? (Reflect.get(doc, key) as unknown[]).length : 0),
    0,
  );
  const baselineStore = await freshStore();
  const parsed = await exportShopShape(doc);
  const baseline = await timed(() => bareUpserts(baselineStore, parsed));
  await baselineStore.close();
  const store = await freshStore();
  const first = await timed(() => importShop(store, doc));
  if (!first.value.ok) throw new Error(`import failed: ${first.value.errors.length} errors`);
  const second = await timed(() => importShop(store, doc));
  const exported = await timed(() => exportShop(store));
  await store.close();
  const row = (name: string, ms: number) =>
    console.log(`${name.padEnd(44)} ${ms.toFixed(0).padStart(6)} ms  ${(ms / baseline.ms).toFixed(2)}x baseline`);
  console.log(`records: ${records} (customers, products, orders)`);
  row("read + convert db.json", read.ms);
  row("baseline: bare upserts, autocommit", baseline.ms);
  row("importShop into an empty store", first.ms);
  row("importShop again (all unchanged, no writes)", second.ms);
  row("exportShop", exported.ms);
  console.log(`import throughput: ${((records / first.ms) * 1000).toFixed(0)} records/s`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/** The converted document, validated, for the baseline (which skips importShop's checks). */
async function exportShopShape(raw: unknown): Promise<ShopDocument> {
  const { validateShopDocument } = await import("../src/application/use-cases/shop-data/validate-shop-document.js");
  return validateShopDocument(raw).doc;
}
