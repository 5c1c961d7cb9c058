import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../../src/application/ports/store.js";
import { exchangeOrderItems } from "../../../src/application/use-cases/after-sales/exchange-order-items.js";
import { previewAction } from "../../../src/application/use-cases/after-sales/preview-action.js";
import { platformWriteOf } from "../../../src/domain/platform/platform-write.js";
import { TAU2_POLICY } from "../../../src/domain/policy/shop-policy.js";
import { createShopPlatform } from "../../../src/infrastructure/platforms/create-shop-platform.js";
import { sequentialIds } from "../../../src/infrastructure/system/random-ids.js";
import { fixedClock } from "../../../src/infrastructure/system/system-clock.js";
import { removeFixtureNlu } from "../../conversations/fixtures/conversation-harness.js";
import { openTarget, type StoreTarget } from "../storage/store-targets.js";
import { type FakeWoo, startFakeWoo } from "./fakes/fake-woocommerce.js";
import { openPlatformChat, type PlatformChat, texts } from "./platform-chat.js";
import { replayAfterLostSuccess } from "./platform-retry.js";

const NOW = "2026-11-28T10:00:00.000Z";

/** Sara changes the Trail Shoe of her pending #WC5000 from size 42 to 44 through the bot; returns the request id. */
async function requestItemChange(chat: PlatformChat): Promise<string> {
  await chat.send("I want to change an item of my order");
  await chat.send("Sara Doe, 94610, shopper1@example.com");
  await chat.send("#WC5000");
  expect(texts(await chat.send("item:2"))).toMatch(/Available: 44/);
  expect(texts(await chat.send("wc_v23"))).toMatch(/Trail Shoe - 42 \(42\) → Trail Shoe \(44\)/);
  expect(texts(await chat.send("yes"))).toMatch(/I've sent this to the shop's system: Change items of order #WC5000/);
  const [request] = await chat.store.afterSales.listByOrder("#WC5000");
  if (!request) throw new Error("no item change request");
  return request.id;
}

/** Tom asks to exchange the Trail Shoe of his delivered #WC5001 for size 44; returns the request id. */
async function requestExchange(chat: PlatformChat): Promise<string> {
  await chat.send("I want to exchange an item");
  await chat.send("Tom Park, 94610, shopper2@example.com");
  await chat.send("#WC5001");
  await chat.send("item:2");
  expect(texts(await chat.send("wc_v23"))).toMatch(/→ Trail Shoe \(44\)/);
  expect(texts(await chat.send("yes"))).toMatch(/submitted your request for review/);
  const [request] = await chat.store.afterSales.listByOrder("#WC5001");
  if (!request) throw new Error("no exchange request");
  return request.id;
}

describe.each(["sqlite", "postgres"] as const)(
  "WooCommerce item change and exchange on %s: the store changes first, Kefu's mirror after",
  (targetName) => {
    let woo: FakeWoo;
    let target: StoreTarget;
    let store: Store;
    const platform = () =>
      createShopPlatform(
        { kind: "woocommerce", url: woo.url, consumerKey: woo.key, consumerSecret: woo.secret, webhookSecret: "whsec" },
        { forJobs: true },
      );
    const lines = (orderId: number) =>
      woo.orders.find((o) => o.id === orderId)?.line_items as
        | { id: number; product_id: number; variation_id: number; quantity: number }[]
        | undefined;

    beforeEach(async () => {
      woo = await startFakeWoo({ orders: 3 });
      const first = woo.orders[0];
      if (first) first.status = "pending";
      target = await openTarget(targetName);
      store = await target.open();
    });
    afterEach(async () => {
      await woo.close();
      await target.destroy();
    });
    afterAll(() => removeFixtureNlu());

    it("an item change is one PUT of line_items (old line to 0, variation 44 added) with Kefu's key in the meta; the mirror agrees", async () => {
      const chat = await openPlatformChat(store, platform(), NOW);
      const requestId = await requestItemChange(chat);
      expect(woo.updates).toEqual([]);
      expect(await chat.queue.drainDue()).toBe(1);
      expect(woo.updates).toEqual([
        {
          orderId: 1000,
          body: {
            line_items: [
              { id: 70001, quantity: 0 },
              { product_id: 20, variation_id: 23, quantity: 1, subtotal: "89.00", total: "89.00" },
            ],
            meta_data: [{ key: "_kefu_item_change", value: `kefu-${requestId}-modify_items` }],
          },
        },
      ]);
      const added = lines(1000)?.find((l) => l.variation_id === 23);
      expect(lines(1000)?.map((l) => [l.product_id, l.variation_id, l.quantity])).toEqual([
        [10, 0, 2],
        [20, 23, 1],
      ]);
      const order = await store.orders.get("#WC5000");
      expect(order).toMatchObject({ status: "pending_items_modified", itemsChangedOnce: true });
      expect(order?.items.map((i) => i.variantId)).toEqual(["wc_v10", "wc_v10", "wc_v23"]);
      expect(order?.external?.lineItemIds).toEqual(["70000", "70000", String(added?.id)]);
      expect(order?.payments.map((p) => [p.type, p.amountCents])).toEqual([["payment", 16700]]);
      expect((await store.afterSales.get(requestId))?.status).toBe("completed");
      expect(texts(await chat.transcript())).toMatch(
        /The shop has confirmed it: the items of order #WC5000 are changed/,
      );
    });

    it("an approved exchange becomes a paid replacement order (parent_id, Kefu's key in the meta) with the new variation", async () => {
      const chat = await openPlatformChat(store, platform(), NOW);
      const requestId = await requestExchange(chat);
      await chat.review(requestId, "approve");
      expect(woo.created).toEqual([]);
      expect(await chat.queue.drainDue()).toBe(1);
      expect(woo.created).toEqual([
        expect.objectContaining({
          parent_id: 1001,
          customer_id: 2,
          status: "processing",
          payment_method: "ppcp-gateway",
          set_paid: true,
          line_items: [{ product_id: 20, variation_id: 23, quantity: 1, subtotal: "0.00", total: "0.00" }],
          meta_data: [
            { key: "_kefu_exchange", value: `kefu-${requestId}-exchange` },
            { key: "_kefu_exchange_of", value: "5001" },
          ],
        }),
      ]);
      const replacement = woo.orders.find((o) => o.parent_id === 1001);
      expect(replacement?.total).toBe("0.00");
      // The original order is left as it was on the shop; no money moves for an exchange of equal price.
      expect(woo.updates).toEqual([]);
      expect(woo.refunds.get(1001)).toBeUndefined();
      const order = await store.orders.get("#WC5001");
      expect(order?.status).toBe("exchanged");
      expect(order?.items.map((i) => i.variantId)).toEqual(["wc_v10", "wc_v10", "wc_v23"]);
      const request = await store.afterSales.get(requestId);
      expect(request?.status).toBe("completed");
      expect(platformWriteOf(request?.details ?? {})).toMatchObject({
        state: "done",
        platformRef: String(replacement?.id),
      });
      expect(texts(await chat.transcript())).toMatch(/The exchange is done; the new item will be sent to you/);
    });

    it("a line-item change WooCommerce refuses changes nothing locally, tells the shopper what the shop said and hands over", async () => {
      woo.refuseEditsFor.add(1000);
      const chat = await openPlatformChat(store, platform(), NOW);
      const requestId = await requestItemChange(chat);
      const before = await store.orders.get("#WC5000");
      await chat.queue.drainDue();
      expect(woo.updates).toHaveLength(1);
      expect(lines(1000)?.map((l) => [l.id, l.quantity])).toEqual([
        [70000, 2],
        [70001, 1],
      ]);
      const after = await store.orders.get("#WC5000");
      expect(after?.items).toEqual(before?.items);
      expect(after).toMatchObject({ status: "pending", itemsChangedOnce: false });
      const request = await store.afterSales.get(requestId);
      expect(request?.status).toBe("rejected");
      expect(platformWriteOf(request?.details ?? {})).toMatchObject({ state: "refused" });
      expect(texts(await chat.transcript())).toMatch(
        /the item change of order #WC5000 did not go through \(the shop's system refused it: [^)]*stock is reserved\)\. Nothing has been changed/,
      );
      const [handoff] = await store.handoffs.listByConversation(chat.conversationId);
      expect(handoff).toMatchObject({ reason: "platform_refused", status: "open" });
    });

    it("a replacement order WooCommerce refuses leaves the exchange waiting for review and hands over", async () => {
      woo.refuseCreate = "Invalid product variation";
      const chat = await openPlatformChat(store, platform(), NOW);
      const requestId = await requestExchange(chat);
      await chat.review(requestId, "approve");
      await chat.queue.drainDue();
      expect(woo.orders.filter((o) => o.parent_id === 1001)).toEqual([]);
      const order = await store.orders.get("#WC5001");
      expect(order?.status).toBe("exchange_requested");
      expect(order?.items.map((i) => i.variantId)).toEqual(["wc_v10", "wc_v10", "wc_v21"]);
      expect((await store.afterSales.get(requestId))?.status).toBe("requested");
      expect(texts(await chat.transcript())).toMatch(
        /the exchange of order #WC5001 did not go through \(the shop's system refused it: [^)]*Invalid product variation\)/,
      );
      const [handoff] = await store.handoffs.listByConversation(chat.conversationId);
      expect(handoff).toMatchObject({ reason: "platform_refused" });
    });

    it("a job retried after WooCommerce saved the change finds Kefu's key and changes nothing twice", async () => {
      const chat = await openPlatformChat(store, platform(), NOW);
      const requestId = await requestItemChange(chat);
      const request = await store.afterSales.get(requestId);
      const order = await store.orders.get("#WC5000");
      if (!request || !order) throw new Error("missing request or order");
      await chat.queue.drainDue();
      expect(await replayAfterLostSuccess(chat, { request, order })).toBe(1);
      expect(woo.updates).toHaveLength(1);
      expect(lines(1000)?.map((l) => [l.variation_id, l.quantity])).toEqual([
        [0, 2],
        [23, 1],
      ]);
      const mirrored = await store.orders.get("#WC5000");
      expect(mirrored?.items.map((i) => i.variantId)).toEqual(["wc_v10", "wc_v10", "wc_v23"]);
      expect(mirrored?.external?.lineItemIds[2]).toBe(String(lines(1000)?.[1]?.id));
    });

    it("an exchange job retried after the replacement order was made finds it and makes no second one", async () => {
      const chat = await openPlatformChat(store, platform(), NOW);
      const requestId = await requestExchange(chat);
      await chat.review(requestId, "approve");
      const request = await store.afterSales.get(requestId);
      const order = await store.orders.get("#WC5001");
      if (!request || !order) throw new Error("missing request or order");
      await chat.queue.drainDue();
      expect(await replayAfterLostSuccess(chat, { request, order })).toBe(1);
      expect(woo.created).toHaveLength(1);
      expect(woo.orders.filter((o) => o.parent_id === 1001)).toHaveLength(1);
      expect((await store.orders.get("#WC5001"))?.status).toBe("exchanged");
    });

    it("an exchange to an option of another price is refused with a clear reason before anything is sent", async () => {
      await openPlatformChat(store, platform(), NOW);
      const shoe = await store.products.get("wc_p20");
      if (!shoe) throw new Error("no shoe");
      await store.products.upsert({
        ...shoe,
        variants: shoe.variants.map((v) => (v.id === "wc_v23" ? { ...v, priceCents: 9500 } : v)),
      });
      const deps = { store, clock: fixedClock(NOW), ids: sequentialIds(), loadPolicy: async () => TAU2_POLICY };
      await expect(
        exchangeOrderItems(deps, {
          orderId: "#WC5001",
          customerId: "wc_2",
          actor: { type: "bot", id: "kefu" },
          itemIndexes: [2],
          newVariantIds: ["wc_v23"],
          paymentMethodId: "wc_pm_ppcp-gateway",
        }),
      ).rejects.toMatchObject({
        code: "PLATFORM_UNSUPPORTED",
        details: { reason: { en: expect.stringMatching(/different price has to be settled by a colleague/) } },
      });
      expect((await store.orders.get("#WC5001"))?.status).toBe("delivered");
      expect(await store.afterSales.listByOrder("#WC5001")).toEqual([]);
      expect(woo.created).toEqual([]);
      // The bot's preview already says so, before the shopper is asked for a yes.
      const preview = await previewAction(deps, {
        orderId: "#WC5001",
        customerId: "wc_2",
        action: {
          kind: "exchange",
          itemIndexes: [2],
          newVariantIds: ["wc_v23"],
          paymentMethodId: "wc_pm_ppcp-gateway",
        },
      });
      expect(preview).toMatchObject({ allowed: false, code: "PLATFORM_PRICE_DIFFERENCE" });
    });
  },
);
