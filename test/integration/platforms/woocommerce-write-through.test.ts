import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../../src/application/ports/store.js";
import { platformWriteOf } from "../../../src/domain/platform/platform-write.js";
import { createShopPlatform } from "../../../src/infrastructure/platforms/create-shop-platform.js";
import { removeFixtureNlu } from "../../conversations/fixtures/conversation-harness.js";
import { openTarget, type StoreTarget } from "../storage/store-targets.js";
import { type FakeWoo, startFakeWoo } from "./fakes/fake-woocommerce.js";
import { openPlatformChat, type PlatformChat, texts } from "./platform-chat.js";

const NOW = "2026-11-28T10:00:00.000Z";

/** Sara cancels her pending order #WC5000 ($167.00) through the bot; returns the request id. */
async function requestCancel(chat: PlatformChat): Promise<string> {
  await chat.send("I want to cancel my order");
  await chat.send("Sara Doe, 94610, shopper1@example.com");
  await chat.send("#WC5000");
  expect(texts(await chat.send("no longer needed"))).toMatch(/Refund \$167\.00/);
  const sent = texts(await chat.send("yes"));
  // Truthful: sent to the shop, not "done".
  expect(sent).toMatch(/I've sent this to the shop's system: Cancel order #WC5000/);
  expect(sent).not.toMatch(/Done:/);
  const [request] = await chat.store.afterSales.listByOrder("#WC5000");
  if (!request) throw new Error("no cancel request");
  return request.id;
}

describe.each(["sqlite", "postgres"] as const)(
  "WooCommerce write-through on %s: the store changes first, Kefu's mirror after",
  (targetName) => {
    let woo: FakeWoo;
    let target: StoreTarget;
    let store: Store;
    const platform = () =>
      createShopPlatform(
        { kind: "woocommerce", url: woo.url, consumerKey: woo.key, consumerSecret: woo.secret, webhookSecret: "whsec" },
        { forJobs: true },
      );

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

    it("a return approved by staff becomes POST orders/{id}/refunds with api_refund, the line item and amount; the mirror agrees", async () => {
      const chat = await openPlatformChat(store, platform(), NOW);
      await chat.send("I want to return an item");
      expect(texts(await chat.send("Tom Park, 94610, shopper2@example.com"))).toMatch(/#WC5001/);
      await chat.send("#WC5001");
      expect(texts(await chat.send("item:0"))).toMatch(/Return from order #WC5001: Linen Shirt.*\n.*Refund \$39\.00/);
      expect(texts(await chat.send("yes"))).toMatch(/submitted your request for review/);
      const [request] = await store.afterSales.listByOrder("#WC5001");
      if (!request) throw new Error("no return request");
      await chat.review(request.id, "approve");
      expect(woo.refunds.get(1001)).toBeUndefined();
      await chat.queue.drainDue();
      const refunds = woo.refunds.get(1001) ?? [];
      expect(refunds).toHaveLength(1);
      expect(refunds[0]).toMatchObject({
        amount: "39.00",
        api_refund: true,
        line_items: [{ id: 70010, quantity: 1, refund_total: "39.00" }],
        reason: expect.stringContaining(`[kefu:kefu-${request.id}-refund]`),
      });
      const order = await store.orders.get("#WC5001");
      expect(order?.status).toBe("returned");
      expect(order?.payments.filter((p) => p.type === "refund").map((p) => p.amountCents)).toEqual([3900]);
      expect((await store.afterSales.get(request.id))?.status).toBe("completed");
      expect(texts(await chat.transcript())).toMatch(/approved\. The refund of \$39\.00 has been issued/);
    });

    it("a refund WooCommerce refuses changes nothing locally, tells the shopper what the shop said and hands over", async () => {
      woo.refuseRefundsFor.add(1001);
      const chat = await openPlatformChat(store, platform(), NOW);
      await chat.send("I want to return an item");
      await chat.send("Tom Park, 94610, shopper2@example.com");
      await chat.send("#WC5001");
      await chat.send("item:0");
      expect(texts(await chat.send("yes"))).toMatch(/submitted your request for review/);
      const [request] = await store.afterSales.listByOrder("#WC5001");
      if (!request) throw new Error("no return request");
      const before = await store.orders.get("#WC5001");
      await chat.review(request.id, "approve");
      await chat.queue.drainDue();
      expect(woo.refunds.get(1001) ?? []).toHaveLength(0);
      const after = await store.orders.get("#WC5001");
      expect(after?.status).toBe(before?.status);
      expect(after?.payments).toEqual(before?.payments);
      const refused = await store.afterSales.get(request.id);
      expect(refused?.status).toBe("requested");
      expect(platformWriteOf(refused?.details ?? {})).toMatchObject({ state: "refused" });
      expect(texts(await chat.transcript())).toMatch(
        /the refund of order #WC5001 did not go through \(the shop's system refused it: [^)]+\)\. Nothing has been changed/,
      );
      const [handoff] = await store.handoffs.listByConversation(chat.conversationId);
      expect(handoff).toMatchObject({ reason: "platform_refused", status: "open" });
    });

    it("a cancellation is sent to WooCommerce first and mirrored once it succeeded; the shopper hears it then", async () => {
      const chat = await openPlatformChat(store, platform(), NOW);
      const requestId = await requestCancel(chat);
      expect((await store.orders.get("#WC5000"))?.status).toBe("pending");
      expect(woo.updates).toEqual([]);
      await chat.queue.drainDue();
      expect(woo.updates).toEqual([{ orderId: 1000, body: expect.objectContaining({ status: "cancelled" }) }]);
      const order = await store.orders.get("#WC5000");
      expect(order?.status).toBe("cancelled");
      expect(order?.payments.filter((p) => p.type === "refund").map((p) => p.amountCents)).toEqual([16700]);
      expect((await store.afterSales.get(requestId))?.status).toBe("completed");
      expect(texts(await chat.transcript())).toMatch(/The shop has confirmed it: order #WC5000 is cancelled/);
    });

    it("a store that stays rate-limited gets 6 attempts with growing waits, then a human; the order is untouched", async () => {
      const chat = await openPlatformChat(store, platform(), NOW);
      const requestId = await requestCancel(chat);
      woo.throttleNext = 100;
      const waits: number[] = [];
      for (let i = 0; i < 8; i += 1) {
        await chat.queue.drainDue();
        const write = platformWriteOf((await store.afterSales.get(requestId))?.details ?? {});
        if (write?.state !== "pending" || !write.nextAttemptAt) break;
        const wait = new Date(write.nextAttemptAt).getTime() - chat.clock.now().getTime();
        waits.push(wait);
        chat.clock.advance(wait);
      }
      expect(waits).toEqual([30_000, 60_000, 120_000, 240_000, 480_000]);
      expect(woo.throttled).toBe(6);
      const request = await store.afterSales.get(requestId);
      expect(request?.status).toBe("rejected");
      expect(platformWriteOf(request?.details ?? {})).toMatchObject({ state: "failed", attempts: 6 });
      expect((await store.orders.get("#WC5000"))?.status).toBe("pending");
      expect(texts(await chat.transcript())).toMatch(/did not go through \(the shop's system could not be reached\)/);
      const [handoff] = await store.handoffs.listByConversation(chat.conversationId);
      expect(handoff).toMatchObject({ reason: "platform_refused" });
    });
  },
);
