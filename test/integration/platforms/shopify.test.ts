import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../../src/application/ports/store.js";
import { syncShopPlatform } from "../../../src/application/use-cases/platform/sync-shop-platform.js";
import { createShopifyPlatform } from "../../../src/infrastructure/platforms/shopify/shopify-platform.js";
import {
  signShopifyWebhook,
  verifyShopifyWebhook,
} from "../../../src/infrastructure/platforms/shopify/shopify-webhook.js";
import { createStore } from "../../../src/infrastructure/storage/create-store.js";
import { silentLogger } from "../../../src/infrastructure/system/pino-logger.js";
import { type FakeShopify, startFakeShopify } from "./fakes/fake-shopify.js";

describe("Shopify connector (official Admin API client) against a local GraphQL stand-in", () => {
  let shopify: FakeShopify;
  let store: Store;
  let dir: string;
  const platform = (token?: string) =>
    createShopifyPlatform({
      storeDomain: "kefu-test.myshopify.com",
      accessToken: token ?? shopify.token,
      endpointOverride: shopify.origin,
    });

  beforeAll(async () => {
    shopify = await startFakeShopify({ orders: 75, throttleOnce: true });
    dir = mkdtempSync(join(tmpdir(), "kefu-shopify-"));
    store = await createStore({ sqlitePath: join(dir, "kefu.sqlite"), logger: silentLogger });
  });
  afterAll(async () => {
    await shopify.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("syncs customers, products and two cursor pages of orders after a 429, and a second run writes nothing", async () => {
    const first = await syncShopPlatform({ store, platform: platform() });
    expect(shopify.throttled).toBe(1);
    expect(first).toMatchObject({ customers: 2, products: 1, orders: 75, skipped: 0 });
    const order = await store.orders.get("#SH1001");
    expect(order).toMatchObject({ status: "delivered", customerId: "sh_1", currency: "USD" });
    expect(order?.items.map((i) => [i.variantId, i.priceCents])).toEqual([
      ["sh_v11", 2500],
      ["sh_v11", 2500],
    ]);
    expect(order?.fulfillments[0]).toMatchObject({ trackingIds: ["TRK0"], carrier: "USPS" });
    expect((await store.orders.get("#SH1002"))?.status).toBe("processed");
    expect((await store.orders.get("#SH1003"))?.status).toBe("shipped");
    const beanie = await store.products.get("sh_p10");
    expect(beanie?.variants.map((v) => [v.options.color, v.available])).toEqual([
      ["Red", true],
      ["Blue", false],
      ["Green", true],
    ]);
    expect((await store.customers.get("sh_1"))?.paymentMethods.map((m) => m.id)).toEqual(["sh_pm_shopify_payments"]);
    expect(await syncShopPlatform({ store, platform: platform() })).toMatchObject({ orders: 0, skipped: 75 });
  });

  it("refunds shipped units once through the Returns API (returnCreate, then returnProcess with the refund)", async () => {
    const order = await store.orders.get("#SH1005");
    if (!order) throw new Error("not synced");
    const input = { itemIndexes: [0, 1], amountCents: 5000, reason: "Return approved", idempotencyKey: "asr_9" };
    const first = await platform().refund(order, input);
    const again = await platform().refund(order, input);
    expect(again.refundId).toBe(first.refundId);
    expect(shopify.returnCalls).toEqual([
      {
        orderId: "gid://shopify/Order/504",
        returnLineItems: [
          {
            fulfillmentLineItemId: "gid://shopify/FulfillmentLineItem/8004",
            quantity: 2,
            returnReason: "OTHER",
            returnReasonNote: "Return approved",
          },
        ],
      },
    ]);
    expect(shopify.processCalls).toHaveLength(1);
    expect(shopify.processCalls[0]).toMatchObject({
      returnId: "gid://shopify/Return/1",
      returnLineItems: [{ id: "gid://shopify/ReturnLineItem/100", quantity: 2 }],
      financialTransfer: {
        issueRefund: {
          orderTransactions: [
            {
              parentId: "gid://shopify/OrderTransaction/7004",
              transactionAmount: { amount: "50.00", currencyCode: "USD" },
            },
          ],
        },
      },
      note: "Return approved [kefu:asr_9]",
    });
    expect(shopify.refundCalls).toHaveLength(0);
  });

  it("a return whose refund is refused is cancelled on Shopify and reported; an outage between the two steps reuses the open return", async () => {
    shopify.refuseRefundsFor.add("gid://shopify/Order/506");
    const refused = await store.orders.get("#SH1007");
    if (!refused) throw new Error("not synced");
    const input = { itemIndexes: [0], amountCents: 2500, reason: "Return approved", idempotencyKey: "asr_10" };
    await expect(platform().refund(refused, input)).rejects.toMatchObject({
      code: "PLATFORM_REFUSED",
      message: expect.stringContaining("exceeds the refundable amount"),
    });
    const opened = shopify.orders.find((o) => o.id === "gid://shopify/Order/506")?.returns;
    expect(opened).toMatchObject({ nodes: [{ status: "CANCELED" }] });
    expect(shopify.cancelledReturns).toHaveLength(1);

    const order = await store.orders.get("#SH1009");
    if (!order) throw new Error("not synced");
    // returnCreate goes through, then Shopify throttles returnProcess past the client's own retries.
    const retrying = createShopifyPlatform({
      storeDomain: "kefu-test.myshopify.com",
      accessToken: shopify.token,
      endpointOverride: shopify.origin,
      retries: 0,
    });
    const once = { ...input, idempotencyKey: "asr_11" };
    shopify.throttleOperation = "mutation ReturnProcess";
    await expect(retrying.refund(order, once)).rejects.toMatchObject({ code: "PLATFORM_UNAVAILABLE" });
    expect((await retrying.refund(order, once)).refundId).toMatch(/Refund/);
    expect(shopify.returnCalls.filter((r) => r.orderId === "gid://shopify/Order/508")).toHaveLength(1);
  });

  it("refunds units that never shipped through refundCreate with its @idempotent key, cancels through orderCancel", async () => {
    const order = await store.orders.get("#SH1006");
    if (!order) throw new Error("not synced");
    const input = { itemIndexes: [0, 1], amountCents: 5000, reason: "Refund approved", idempotencyKey: "asr_12" };
    const first = await platform().refund(order, input);
    expect((await platform().refund(order, input)).refundId).toBe(first.refundId);
    expect(shopify.refundCalls).toHaveLength(1);
    expect(shopify.refundCalls[0]?.input).toMatchObject({
      orderId: "gid://shopify/Order/505",
      refundLineItems: [{ lineItemId: "gid://shopify/LineItem/9005", quantity: 2, restockType: "RETURN" }],
      transactions: [
        {
          parentId: "gid://shopify/OrderTransaction/7005",
          kind: "REFUND",
          amount: "50.00",
          gateway: "shopify_payments",
        },
      ],
    });
    expect(shopify.returnCalls.filter((r) => r.orderId === "gid://shopify/Order/505")).toHaveLength(0);
    await platform().cancelOrder(order, { reason: "changed my mind", idempotencyKey: "c" });
    await platform().cancelOrder(order, { reason: "changed my mind", idempotencyKey: "c" });
    expect(shopify.cancelCalls).toEqual(["gid://shopify/Order/505"]);
    await expect(platform("shpat_wrong").listOrders({})).rejects.toMatchObject({ code: "PLATFORM_REFUSED" });
  });

  it("verifies webhook HMACs over the raw body", () => {
    const body = JSON.stringify({ id: 504, updated_at: "2026-12-04T10:00:00Z" });
    const hmac = signShopifyWebhook("app-secret", body);
    expect(verifyShopifyWebhook("app-secret", body, hmac)).toBe(true);
    expect(verifyShopifyWebhook("app-secret", `${body}\n`, hmac)).toBe(false);
    expect(verifyShopifyWebhook("other-secret", body, hmac)).toBe(false);
    expect(verifyShopifyWebhook("app-secret", body, undefined)).toBe(false);
  });
});
