import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../../src/application/ports/store.js";
import { syncShopPlatform } from "../../../src/application/use-cases/platform/sync-shop-platform.js";
import { platformWriteOf } from "../../../src/domain/platform/platform-write.js";
import { createShopPlatform } from "../../../src/infrastructure/platforms/create-shop-platform.js";
import { removeFixtureNlu } from "../../conversations/fixtures/conversation-harness.js";
import { openTarget, type StoreTarget, type TargetName } from "../storage/store-targets.js";
import { type FakeShopify, startFakeShopify } from "./fakes/fake-shopify.js";
import { openPlatformChat, type PlatformChat, texts } from "./platform-chat.js";

const NOW = "2026-11-28T10:00:00.000Z";

/** Shopper Ann returns one beanie of #SH1001 (delivered, 2 × $25.00) through the bot; returns the request id. */
async function requestReturn(chat: PlatformChat): Promise<string> {
  await chat.send("I want to return an item");
  expect(texts(await chat.send("Ann Lee, 94610, ann1@example.com"))).toMatch(/#SH1001/);
  await chat.send("#SH1001");
  expect(texts(await chat.send("item:0"))).toMatch(/Refund \$25\.00/);
  expect(texts(await chat.send("yes"))).toMatch(/submitted your request for review/);
  const [request] = await chat.store.afterSales.listByOrder("#SH1001");
  if (!request) throw new Error("no return request");
  return request.id;
}

for (const targetName of ["sqlite", "postgres"] satisfies TargetName[]) {
  describe(`Shopify write-through on ${targetName}: the platform first, then Kefu's mirror`, () => {
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
      target = await openTarget(targetName);
      store = await target.open();
    });
    afterEach(async () => {
      await shopify.close();
      await target.destroy();
    });
    afterAll(() => removeFixtureNlu());

    it("a return approved by staff reaches Shopify's Returns API with the right line item and amount; the mirror agrees", async () => {
      const chat = await openPlatformChat(store, platform(), NOW);
      const requestId = await requestReturn(chat);
      await chat.review(requestId, "approve");
      // Approved but not yet refunded: the mirror waits for Shopify.
      expect((await store.orders.get("#SH1001"))?.status).toBe("return_requested");
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
              returnReasonNote: `Return approved (${requestId})`,
            },
          ],
        },
      ]);
      expect(shopify.processCalls).toHaveLength(1);
      expect(shopify.processCalls[0]).toMatchObject({
        returnLineItems: [{ quantity: 1 }],
        financialTransfer: {
          issueRefund: {
            orderTransactions: [
              {
                parentId: "gid://shopify/OrderTransaction/7000",
                transactionAmount: { amount: "25.00", currencyCode: "USD" },
              },
            ],
          },
        },
        note: expect.stringContaining(`[kefu:kefu-${requestId}-refund]`),
      });
      const order = await store.orders.get("#SH1001");
      expect(order?.status).toBe("returned");
      expect(order?.payments.filter((p) => p.type === "refund").map((p) => p.amountCents)).toEqual([2500]);
      const request = await store.afterSales.get(requestId);
      expect(request?.status).toBe("completed");
      expect(platformWriteOf(request?.details ?? {})).toMatchObject({
        state: "done",
        attempts: 0,
        platformRef: "gid://shopify/Refund/1",
      });
      expect(texts(await chat.transcript())).toMatch(/approved\. The refund of \$25\.00 has been issued/);
      // A later sync keeps the refunded unit in the order (bought, then returned), as the mirror has it.
      const itemsBefore = (await store.orders.get("#SH1001"))?.items.map((i) => i.variantId);
      await syncShopPlatform({ store, platform: platform() });
      expect((await store.orders.get("#SH1001"))?.items.map((i) => i.variantId)).toEqual(itemsBefore);
      // A duplicate of the job changes nothing and calls Shopify no more.
      expect(await chat.queue.drainDue()).toBe(0);
      expect(shopify.processCalls).toHaveLength(1);
      expect(shopify.refundCalls).toHaveLength(0);
    });

    it("a refusal by Shopify changes nothing locally, tells the shopper and hands the chat to a human", async () => {
      shopify.refuseRefundsFor.add("gid://shopify/Order/500");
      const chat = await openPlatformChat(store, platform(), NOW);
      const requestId = await requestReturn(chat);
      const before = await store.orders.get("#SH1001");
      await chat.review(requestId, "approve");
      await chat.queue.drainDue();
      expect(shopify.processCalls).toHaveLength(1);
      // The return Kefu opened for the refused refund is cancelled: Shopify is left as it was too.
      expect(shopify.cancelledReturns).toHaveLength(1);
      const after = await store.orders.get("#SH1001");
      expect(after?.status).toBe("return_requested");
      expect(after?.payments).toEqual(before?.payments);
      const request = await store.afterSales.get(requestId);
      expect(request?.status).toBe("requested");
      expect(platformWriteOf(request?.details ?? {})).toMatchObject({
        state: "refused",
        lastError: expect.stringContaining("exceeds the refundable amount"),
      });
      expect(texts(await chat.transcript())).toMatch(
        /the refund of order #SH1001 did not go through \(the shop's system refused it: [^)]*exceeds the refundable amount\)\. Nothing has been changed/,
      );
      const [handoff] = await store.handoffs.listByConversation(chat.conversationId);
      expect(handoff).toMatchObject({ reason: "platform_refused", status: "open" });
      expect((await store.conversations.get(chat.conversationId))?.status).toBe("waiting_agent");
    });

    it("a 429 is retried after max(Retry-After, 30 s · 2^(n−1)), then succeeds once", async () => {
      const chat = await openPlatformChat(store, platform(), NOW);
      const requestId = await requestReturn(chat);
      await chat.review(requestId, "approve");
      shopify.throttleNext = 1;
      shopify.retryAfterSec = 90;
      await chat.queue.drainDue();
      const pending = platformWriteOf((await store.afterSales.get(requestId))?.details ?? {});
      expect(pending).toMatchObject({
        state: "pending",
        attempts: 1,
        lastError: expect.stringMatching(/Too Many Requests/),
      });
      expect(new Date(pending?.nextAttemptAt ?? "").getTime() - chat.clock.now().getTime()).toBe(90_000);
      chat.clock.advance(89_000);
      expect(await chat.queue.drainDue()).toBe(0);
      chat.clock.advance(2_000);
      expect(await chat.queue.drainDue()).toBe(1);
      expect(shopify.processCalls).toHaveLength(1);
      expect((await store.orders.get("#SH1001"))?.status).toBe("returned");
    });
  });
}
