import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../../src/application/ports/store.js";
import { syncShopPlatform } from "../../../src/application/use-cases/platform/sync-shop-platform.js";
import { platformWriteOf } from "../../../src/domain/platform/platform-write.js";
import { createShopPlatform } from "../../../src/infrastructure/platforms/create-shop-platform.js";
import { removeFixtureNlu } from "../../conversations/fixtures/conversation-harness.js";
import { openTarget, type StoreTarget, type TargetName } from "../storage/store-targets.js";
import { type FakeShopify, startFakeShopify } from "./fakes/fake-shopify.js";
import type { FakeEditLine } from "./fakes/fake-shopify-order-edit.js";
import { openPlatformChat, type PlatformChat, texts } from "./platform-chat.js";
import { replayAfterLostSuccess } from "./platform-retry.js";

const NOW = "2026-11-28T10:00:00.000Z";
const ORDER_GID = "gid://shopify/Order/501";
const GREEN = "gid://shopify/ProductVariant/13";

/** Bea changes the one beanie of her pending #SH1002 from Red to Green through the bot; returns the request id. */
async function requestItemChange(chat: PlatformChat): Promise<string> {
  await chat.send("I want to change an item of my order");
  expect(texts(await chat.send("Bea Lee, 94610, ann2@example.com"))).toMatch(/#SH1002 · pending/);
  await chat.send("#SH1002");
  expect(texts(await chat.send("item:0"))).toMatch(/Available: Green/);
  expect(texts(await chat.send("sh_v13"))).toMatch(/Red \(Red\) → Wool Beanie \(Green\)/);
  expect(texts(await chat.send("yes"))).toMatch(/I've sent this to the shop's system: Change items of order #SH1002/);
  const [request] = await chat.store.afterSales.listByOrder("#SH1002");
  if (!request) throw new Error("no item change request");
  return request.id;
}

/** Ann asks to exchange one Red beanie of her delivered #SH1001 for Green; returns the request id. */
async function requestExchange(chat: PlatformChat): Promise<string> {
  await chat.send("I want to exchange an item");
  expect(texts(await chat.send("Ann Lee, 94610, ann1@example.com"))).toMatch(/#SH1001/);
  await chat.send("#SH1001");
  await chat.send("item:0");
  expect(texts(await chat.send("sh_v13"))).toMatch(/→ Wool Beanie \(Green\)/);
  expect(texts(await chat.send("yes"))).toMatch(/submitted your request for review/);
  const [request] = await chat.store.afterSales.listByOrder("#SH1001");
  if (!request) throw new Error("no exchange request");
  return request.id;
}

/** The order's lines on Shopify as [variant, units still on the order]. */
function linesOf(shopify: FakeShopify, gid: string) {
  const lines = shopify.orders.find((o) => o.id === gid)?.lineItems as { nodes: FakeEditLine[] } | undefined;
  return (lines?.nodes ?? []).map((l) => [l.variant.id, l.currentQuantity ?? l.quantity]);
}

for (const targetName of ["sqlite", "postgres"] satisfies TargetName[]) {
  describe(`Shopify item change and exchange on ${targetName}: order edits and exchange returns first, the mirror after`, () => {
    let shopify: FakeShopify;
    let target: StoreTarget;
    let store: Store;
    const platform = () =>
      createShopPlatform(
        {
          kind: "shopify",
          storeDomain: "kefu-test.myshopify.com",
          accessToken: shopify.token,
          webhookSecret: "whsec",
          apiOrigin: shopify.origin,
        },
        { forJobs: true },
      );

    beforeEach(async () => {
      shopify = await startFakeShopify({ orders: 4 });
      // #SH1002 is unpaid and unfulfilled (pending), with one Red beanie.
      const pending = shopify.orders[1] as { displayFinancialStatus: string; lineItems: { nodes: FakeEditLine[] } };
      pending.displayFinancialStatus = "PENDING";
      for (const line of pending.lineItems.nodes) line.quantity = 1;
      target = await openTarget(targetName);
      store = await target.open();
    });
    afterEach(async () => {
      await shopify.close();
      await target.destroy();
    });
    afterAll(() => removeFixtureNlu());

    it("an item change is one order edit (old line to 0, Green added, committed with Kefu's key); the mirror agrees", async () => {
      const chat = await openPlatformChat(store, platform(), NOW);
      const requestId = await requestItemChange(chat);
      expect((await store.orders.get("#SH1002"))?.items.map((i) => i.variantId)).toEqual(["sh_v11"]);
      expect(shopify.edits.calls).toEqual([]);
      expect(await chat.queue.drainDue()).toBe(1);
      expect(shopify.edits.calls).toEqual([
        { op: "begin", variables: { id: ORDER_GID } },
        {
          op: "setQuantity",
          variables: {
            id: "gid://shopify/CalculatedOrder/1",
            lineItemId: "gid://shopify/CalculatedLineItem/9001",
            quantity: 0,
            restock: true,
          },
        },
        {
          op: "addVariant",
          variables: { id: "gid://shopify/CalculatedOrder/1", variantId: GREEN, quantity: 1, allowDuplicates: true },
        },
        {
          op: "commit",
          variables: {
            id: "gid://shopify/CalculatedOrder/1",
            notifyCustomer: true,
            staffNote: `Item change requested by the customer (${requestId}) [kefu:kefu-${requestId}-modify_items]`,
          },
        },
      ]);
      expect(linesOf(shopify, ORDER_GID)).toEqual([
        ["gid://shopify/ProductVariant/11", 0],
        [GREEN, 1],
      ]);
      const order = await store.orders.get("#SH1002");
      expect(order).toMatchObject({ status: "pending_items_modified", itemsChangedOnce: true });
      expect(order?.items.map((i) => [i.variantId, i.priceCents])).toEqual([["sh_v13", 2500]]);
      // The mirror's unit now points at Shopify's new line, so a later refund names the right one.
      const lines = shopify.orders[1]?.lineItems as { nodes: FakeEditLine[] } | undefined;
      expect(order?.external?.lineItemIds).toEqual([lines?.nodes[1]?.id]);
      expect(order?.payments.map((p) => p.type)).toEqual(["payment"]);
      const request = await store.afterSales.get(requestId);
      expect(request?.status).toBe("completed");
      expect(platformWriteOf(request?.details ?? {})).toMatchObject({ op: "modify_items", state: "done" });
      expect(texts(await chat.transcript())).toMatch(
        /The shop has confirmed it: the items of order #SH1002 are changed/,
      );
      // A later sync reads the edited order the same way: the removed unit does not come back.
      await syncShopPlatform({ store, platform: platform() });
      expect((await store.orders.get("#SH1002"))?.items.map((i) => i.variantId)).toEqual(["sh_v13"]);
    });

    it("an approved exchange reaches the Returns API with the returned unit and the Green variant; the mirror agrees", async () => {
      const chat = await openPlatformChat(store, platform(), NOW);
      const requestId = await requestExchange(chat);
      expect((await store.orders.get("#SH1001"))?.status).toBe("exchange_requested");
      await chat.review(requestId, "approve");
      expect(shopify.returnCalls).toHaveLength(0);
      expect(await chat.queue.drainDue()).toBe(1);
      expect(shopify.returnCalls).toEqual([
        {
          orderId: "gid://shopify/Order/500",
          returnLineItems: [
            {
              fulfillmentLineItemId: "gid://shopify/FulfillmentLineItem/8000",
              quantity: 1,
              returnReason: "OTHER",
              returnReasonNote: `Exchange approved (${requestId})`,
            },
          ],
          exchangeLineItems: [{ variantId: GREEN, quantity: 1 }],
        },
      ]);
      expect(shopify.processCalls).toEqual([
        {
          returnId: "gid://shopify/Return/1",
          returnLineItems: [{ id: "gid://shopify/ReturnLineItem/100", quantity: 1 }],
          exchangeLineItems: [{ id: "gid://shopify/ExchangeLineItem/100", quantity: 1 }],
          note: `Exchange approved (${requestId}) [kefu:kefu-${requestId}-exchange]`,
          notifyCustomer: true,
        },
      ]);
      // An exchange of equal price moves no money on either side.
      expect(shopify.refundCalls).toHaveLength(0);
      const order = await store.orders.get("#SH1001");
      expect(order?.status).toBe("exchanged");
      expect(order?.items.map((i) => i.variantId)).toEqual(["sh_v13", "sh_v11"]);
      expect(order?.payments.filter((p) => p.type === "refund")).toEqual([]);
      const request = await store.afterSales.get(requestId);
      expect(request?.status).toBe("completed");
      expect(platformWriteOf(request?.details ?? {})).toMatchObject({
        state: "done",
        platformRef: "gid://shopify/Return/1",
      });
      expect(texts(await chat.transcript())).toMatch(/exchange.*approved.*The exchange is done/s);
    });

    it("a refused order edit changes nothing locally, tells the shopper and hands over", async () => {
      shopify.edits.refuseFor.add(ORDER_GID);
      const chat = await openPlatformChat(store, platform(), NOW);
      const requestId = await requestItemChange(chat);
      const before = await store.orders.get("#SH1002");
      await chat.queue.drainDue();
      expect(shopify.edits.calls.map((c) => c.op)).toEqual(["begin", "setQuantity", "addVariant", "commit"]);
      // Nothing was committed on Shopify either.
      expect(linesOf(shopify, ORDER_GID)).toEqual([["gid://shopify/ProductVariant/11", 1]]);
      const after = await store.orders.get("#SH1002");
      expect(after?.items).toEqual(before?.items);
      expect(after).toMatchObject({ status: "pending", itemsChangedOnce: false });
      const request = await store.afterSales.get(requestId);
      expect(request?.status).toBe("rejected");
      expect(platformWriteOf(request?.details ?? {})).toMatchObject({ state: "refused" });
      expect(texts(await chat.transcript())).toMatch(
        /the item change of order #SH1002 did not go through \(the shop's system refused it: [^)]*can no longer be edited\)\. Nothing has been changed/,
      );
      const [handoff] = await store.handoffs.listByConversation(chat.conversationId);
      expect(handoff).toMatchObject({ reason: "platform_refused", status: "open" });
      expect((await store.conversations.get(chat.conversationId))?.status).toBe("waiting_agent");
    });

    it("a refused exchange leaves the order waiting for review, unchanged, and hands over", async () => {
      shopify.refuseExchangesFor.add("gid://shopify/Order/500");
      const chat = await openPlatformChat(store, platform(), NOW);
      const requestId = await requestExchange(chat);
      await chat.review(requestId, "approve");
      await chat.queue.drainDue();
      expect(shopify.processCalls).toHaveLength(0);
      const order = await store.orders.get("#SH1001");
      expect(order?.status).toBe("exchange_requested");
      expect(order?.items.map((i) => i.variantId)).toEqual(["sh_v11", "sh_v11"]);
      expect((await store.afterSales.get(requestId))?.status).toBe("requested");
      expect(texts(await chat.transcript())).toMatch(/the exchange of order #SH1001 did not go through/);
      const [handoff] = await store.handoffs.listByConversation(chat.conversationId);
      expect(handoff).toMatchObject({ reason: "platform_refused" });
    });

    it("a job retried after Shopify committed the edit finds it on the order and edits nothing twice", async () => {
      const chat = await openPlatformChat(store, platform(), NOW);
      const requestId = await requestItemChange(chat);
      const request = await store.afterSales.get(requestId);
      const order = await store.orders.get("#SH1002");
      if (!request || !order) throw new Error("missing request or order");
      await chat.queue.drainDue();
      expect(await replayAfterLostSuccess(chat, { request, order })).toBe(1);
      expect(shopify.edits.calls.filter((c) => c.op === "commit")).toHaveLength(1);
      expect(linesOf(shopify, ORDER_GID)).toEqual([
        ["gid://shopify/ProductVariant/11", 0],
        [GREEN, 1],
      ]);
      const mirrored = await store.orders.get("#SH1002");
      expect(mirrored?.items.map((i) => i.variantId)).toEqual(["sh_v13"]);
      expect(mirrored?.status).toBe("pending_items_modified");
    });

    it("an exchange job retried after Shopify processed the return makes no second return", async () => {
      const chat = await openPlatformChat(store, platform(), NOW);
      const requestId = await requestExchange(chat);
      await chat.review(requestId, "approve");
      const request = await store.afterSales.get(requestId);
      const order = await store.orders.get("#SH1001");
      if (!request || !order) throw new Error("missing request or order");
      await chat.queue.drainDue();
      expect(await replayAfterLostSuccess(chat, { request, order })).toBe(1);
      expect(shopify.returnCalls).toHaveLength(1);
      expect(shopify.processCalls).toHaveLength(1);
      expect((await store.orders.get("#SH1001"))?.status).toBe("exchanged");
    });
  });
}
