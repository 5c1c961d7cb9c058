import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../../src/application/ports/store.js";
import { loadShopPolicy } from "../../../src/application/use-cases/after-sales/after-sales-deps.js";
import { reviewAfterSalesRequest } from "../../../src/application/use-cases/after-sales/review-after-sales-request.js";
import { exportShop } from "../../../src/application/use-cases/shop-data/export-shop.js";
import { DEMO_SHOPPERS, seedDemoShop } from "../../../src/application/use-cases/shop-data/seed-demo-shop.js";
import { OrderStatus } from "../../../src/domain/shop/order.js";
import { randomIds } from "../../../src/infrastructure/system/random-ids.js";
import { fixedClock, openTempStore } from "./sqlite-store.js";

const NOW = "2026-11-20T09:00:00.000Z";
const DAY = 86_400_000;

let store: Store;
let dispose: () => Promise<void>;

beforeEach(async () => {
  ({ store, dispose } = await openTempStore());
});
afterEach(() => dispose());

const daysBefore = (iso: string | undefined) => (Date.parse(NOW) - Date.parse(iso ?? "")) / DAY;

describe("seedDemoShop", () => {
  it("writes a bilingual shop with orders in every status", async () => {
    const summary = await seedDemoShop(store, fixedClock(NOW));
    expect(summary.products).toBeGreaterThanOrEqual(20);
    expect(summary.customers).toBe(12);
    expect(summary.orders).toBeGreaterThanOrEqual(40);
    expect(summary.report.counts.orders.created).toBe(summary.orders);
    const orders = await store.orders.all();
    expect(orders).toHaveLength(summary.orders);
    expect(new Set(orders.map((o) => o.status))).toEqual(new Set(OrderStatus.options));
    const products = await store.products.all();
    expect(products.find((p) => p.nameZh === "无线蓝牙耳机")).toBeDefined();
    const keyboard = products.find((p) => p.id === "keyboard");
    expect(keyboard?.variants.map((v) => v.options.switch)).toEqual(expect.arrayContaining(["clicky", "linear"]));
    const kb = await store.kb.all();
    expect(kb.filter((a) => a.locale === "zh")).toHaveLength(8);
    expect(kb.filter((a) => a.locale === "en")).toHaveLength(8);
    const kinds = new Set((await exportShop(store)).customers.flatMap((c) => c.paymentMethods.map((m) => m.kind)));
    expect(kinds).toEqual(new Set(["credit_card", "paypal", "alipay", "wechat_pay", "gift_card"]));
  });

  it("gives both demo shoppers a findable identity and an order in every state", async () => {
    await seedDemoShop(store, fixedClock(NOW));
    for (const shopper of Object.values(DEMO_SHOPPERS)) {
      const byEmail = await store.customers.findByEmail(shopper.email.toUpperCase());
      expect(byEmail?.id).toBe(shopper.id);
      const byName = await store.customers.findByNameAndZip(shopper.firstName, shopper.lastName, shopper.zip);
      expect(byName?.id).toBe(shopper.id);
      for (const status of OrderStatus.options) {
        const order = await store.orders.get(shopper.orderIds[status]);
        expect(order?.status, `${shopper.id} ${status}`).toBe(status);
        expect(order?.customerId).toBe(shopper.id);
      }
      const recent = await store.orders.get(shopper.orderIds.delivered);
      expect(daysBefore(recent?.deliveredAt)).toBe(3);
      expect(recent?.fulfillments[0]?.events.at(-1)?.status).toBe("delivered");
      const old = await store.orders.get(shopper.orderIds.deliveredLongAgo);
      expect(old?.status).toBe("delivered");
      expect(daysBefore(old?.deliveredAt)).toBe(20);
      const shipped = await store.orders.get(shopper.orderIds.shipped);
      expect(shipped?.fulfillments[0]?.trackingIds[0]).toMatch(/^(1Z|SF)/);
      expect(shipped?.deliveredAt).toBeUndefined();
      const customer = await store.customers.get(shopper.id);
      const gift = customer?.paymentMethods.find((m) => m.kind === "gift_card");
      expect(gift?.balanceCents).toBe(shopper.giftCardBalanceCents);
      expect(gift?.id).toBe(shopper.paymentMethodIds.gift_card);
    }
  });

  it("is idempotent: seeding again with the same clock changes nothing", async () => {
    await seedDemoShop(store, fixedClock(NOW));
    const before = await exportShop(store);
    const again = await seedDemoShop(store, fixedClock(NOW));
    for (const counts of Object.values(again.report.counts)) {
      expect(counts.created + counts.updated).toBe(0);
    }
    expect(await exportShop(store)).toEqual(before);
  });

  it("dates everything relative to the clock, deterministically", async () => {
    const later = "2027-03-01T12:00:00.000Z";
    await seedDemoShop(store, fixedClock(later));
    const order = await store.orders.get(DEMO_SHOPPERS.en.orderIds.delivered);
    expect(order?.deliveredAt).toBe(new Date(Date.parse(later) - 3 * DAY).toISOString());
  });

  it("puts an open request behind every return/exchange-requested order, and an agent can approve them", async () => {
    const summary = await seedDemoShop(store, fixedClock(NOW));
    const waiting = (await store.orders.all()).filter((o) => o.status.endsWith("_requested"));
    expect(summary.afterSalesRequests).toBe(waiting.length);
    for (const order of waiting) {
      const requests = await store.afterSales.listByOrder(order.id);
      expect(
        requests.map((r) => [r.kind, r.status, r.customerId]),
        order.id,
      ).toEqual([[order.status === "return_requested" ? "return" : "exchange", "requested", order.customerId]]);
    }
    await seedDemoShop(store, fixedClock(NOW));
    expect((await store.afterSales.list({ status: "requested", limit: 500 })).total).toBe(waiting.length);

    const deps = { store, clock: fixedClock(NOW), ids: randomIds, loadPolicy: () => loadShopPolicy(store) };
    const actor = { type: "staff" as const, id: "usr_test" };
    const emma = DEMO_SHOPPERS.en.orderIds;
    const [exchange] = await store.afterSales.listByOrder(emma.exchange_requested);
    const before = await store.orders.get(emma.exchange_requested);
    const swapped = await reviewAfterSalesRequest(deps, { requestId: exchange?.id ?? "", decision: "approve", actor });
    expect(swapped.order?.status).toBe("exchanged");
    expect(swapped.order?.items[0]?.variantId).toBe(exchange?.newVariantIds[0]);
    expect(swapped.order?.items[0]?.variantId).not.toBe(before?.items[0]?.variantId);
    const [ret] = await store.afterSales.listByOrder(emma.return_requested);
    const refunded = await reviewAfterSalesRequest(deps, { requestId: ret?.id ?? "", decision: "approve", actor });
    expect(refunded.order?.status).toBe("returned");
    expect(refunded.order?.payments.at(-1)).toMatchObject({ type: "refund", amountCents: ret?.amountCents });

    // Seeding again leaves reviewed requests alone.
    await seedDemoShop(store, fixedClock(NOW));
    expect((await store.afterSales.get(ret?.id ?? ""))?.status).toBe("completed");
  });
});
