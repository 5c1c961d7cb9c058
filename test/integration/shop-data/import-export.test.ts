import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../../src/application/ports/store.js";
import { exportShop } from "../../../src/application/use-cases/shop-data/export-shop.js";
import { formatRowError } from "../../../src/application/use-cases/shop-data/import-report.js";
import { importShop } from "../../../src/application/use-cases/shop-data/import-shop.js";
import { buildDemoShop, seedDemoShop } from "../../../src/application/use-cases/shop-data/seed-demo-shop.js";
import { fixedClock, openTempStore } from "./sqlite-store.js";

const NOW = "2026-11-20T09:00:00.000Z";

let store: Store;
let dispose: () => Promise<void>;
beforeEach(async () => {
  ({ store, dispose } = await openTempStore());
});
afterEach(() => dispose());

/** A deep copy as plain JSON, the way a file would hold it. */
const asJson = (value: unknown): Record<string, unknown> => JSON.parse(JSON.stringify(value));

describe("export and re-import", () => {
  it("round-trips losslessly through JSON text into a fresh store", async () => {
    await seedDemoShop(store, fixedClock(NOW));
    const exported = await exportShop(store, fixedClock(NOW));
    expect(exported.exportedAt).toBe(NOW);
    const second = await openTempStore();
    try {
      const report = await importShop(second.store, asJson(exported));
      expect(report.errors).toEqual([]);
      expect(report.counts.orders.created).toBe(exported.orders.length);
      expect(await exportShop(second.store, fixedClock(NOW))).toEqual(exported);
    } finally {
      await second.dispose();
    }
  });

  it("counts an edited record as updated and leaves the rest unchanged", async () => {
    await seedDemoShop(store, fixedClock(NOW));
    const doc = asJson(await exportShop(store));
    const customers = doc.customers as { firstName: string }[];
    const first = customers[0];
    if (!first) throw new Error("no customers exported");
    first.firstName = "Changed";
    const report = await importShop(store, doc);
    expect(report.counts.customers).toEqual({ created: 0, updated: 1, unchanged: customers.length - 1 });
    expect(report.counts.orders.updated).toBe(0);
  });

  it("writes nothing on a dry run but still counts", async () => {
    const report = await importShop(store, buildDemoShop(new Date(NOW)), { dryRun: true });
    expect(report).toMatchObject({ ok: true, written: false });
    expect(report.counts.orders.created).toBeGreaterThanOrEqual(40);
    expect(await store.orders.all()).toEqual([]);
  });

  it("reports progress through validation and writing", async () => {
    const seen: string[] = [];
    await importShop(store, buildDemoShop(new Date(NOW)), {
      onProgress: (p) => seen.push(`${p.phase}:${p.done}/${p.total}`),
    });
    expect(seen[0]).toMatch(/^validate:0\//);
    expect(seen.at(-1)).toMatch(/^write:(\d+)\/\1$/);
  });
});

describe("bad input", () => {
  it("lists every bad row with its path and writes nothing", async () => {
    const doc = asJson(buildDemoShop(new Date(NOW)));
    const orders = doc.orders as { items: { priceCents: unknown }[]; customerId: string; status: string }[];
    const [o0, o1, o2] = orders;
    if (!o0 || !o1 || !o2 || !o0.items[0]) throw new Error("demo shop too small");
    o0.items[0].priceCents = 12.5;
    o1.status = "lost";
    (doc.customers as { email: string }[])[3] = { email: "not-an-email" };
    const report = await importShop(store, doc);
    expect(report.ok).toBe(false);
    expect(report.written).toBe(false);
    const lines = report.errors.map(formatRowError);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^orders\[0\]\.items\[0\]\.priceCents \(id #W0010001\): /),
        expect.stringMatching(/^orders\[1\]\.status \(id #W0010002\): /),
        expect.stringMatching(/^customers\[3\]\.email: /),
        expect.stringMatching(/^customers\[3\]\.id: /),
      ]),
    );
    expect(await store.orders.all()).toEqual([]);
    expect((await store.customers.list({})).total).toBe(0);
    expect(await store.products.all()).toEqual([]);
  });

  it("rejects unknown references, duplicate ids and a wrong envelope", async () => {
    const doc = asJson(buildDemoShop(new Date(NOW)));
    const orders = doc.orders as {
      customerId: string;
      items: { variantId: string }[];
      payments: { paymentMethodId: string }[];
    }[];
    const [o0, o1] = orders;
    if (!o0 || !o1?.items[0] || !o1.payments[0]) throw new Error("demo shop too small");
    o0.customerId = "nobody";
    o1.items[0].variantId = "no-such-variant";
    o1.payments[0].paymentMethodId = "paypal_999";
    (doc.kbArticles as unknown[]).push((doc.kbArticles as unknown[])[0]);
    const report = await importShop(store, doc);
    const text = report.errors.map(formatRowError).join("\n");
    expect(text).toMatch(/kbArticles\[16\]\.id \(id kb-shipping-en\): duplicate id/);
    expect(report.ok).toBe(false);
    // Reference checks run once the records themselves are valid.
    (doc.kbArticles as unknown[]).pop();
    const second = await importShop(store, doc);
    const refs = second.errors.map(formatRowError).join("\n");
    expect(refs).toMatch(/orders\[0\]\.customerId .*unknown customer nobody/);
    expect(refs).toMatch(/orders\[1\]\.items\[0\]\.variantId .*unknown variant no-such-variant/);
    expect(refs).toMatch(/orders\[1\]\.payments\[0\]\.paymentMethodId .*paypal_999/);
    const envelope = await importShop(store, { format: "other", version: 2 });
    expect(envelope.errors.map((e) => e.path)).toEqual(["format", "version"]);
    expect(await store.orders.all()).toEqual([]);
  });

  it("refuses a customer whose email belongs to another stored customer", async () => {
    await seedDemoShop(store, fixedClock(NOW));
    const clash = { ...buildDemoShop(new Date(NOW)).customers[0], id: "someone_else" };
    const report = await importShop(store, { format: "kefu-shop", version: 1, customers: [clash] });
    expect(report.errors.map(formatRowError)).toEqual([
      "customers[0].email (id someone_else): email emma.wilson@example.com already belongs to customer emma_wilson_1001",
    ]);
  });
});
