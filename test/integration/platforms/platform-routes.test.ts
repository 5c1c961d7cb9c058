import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadShopPolicy } from "../../../src/application/use-cases/after-sales/after-sales-deps.js";
import { loadPlatformCredentials } from "../../../src/application/use-cases/platform/platform-connection-store.js";
import { platformWriteOf } from "../../../src/domain/platform/platform-write.js";
import type { PlatformRoutesDeps } from "../../../src/drivers/http/routes/platform-deps.js";
import { platformRoutes } from "../../../src/drivers/http/routes/platform-routes.js";
import { platformWebhookRoutes } from "../../../src/drivers/http/routes/platform-webhook-routes.js";
import { createShopPlatform } from "../../../src/infrastructure/platforms/create-shop-platform.js";
import { signShopifyWebhook } from "../../../src/infrastructure/platforms/shopify/shopify-webhook.js";
import { signWooWebhook } from "../../../src/infrastructure/platforms/woocommerce/woo-webhook.js";
import { silentLogger } from "../../../src/infrastructure/system/pino-logger.js";
import { randomIds } from "../../../src/infrastructure/system/random-ids.js";
import { systemClock } from "../../../src/infrastructure/system/system-clock.js";
import { testCipher } from "../../fixtures/test-cipher.js";
import { ADMIN, AGENT, createTestApp, type TestApp } from "../fixtures/test-app.js";
import { type FakeShopify, startFakeShopify } from "./fakes/fake-shopify.js";
import { type FakeWoo, startFakeWoo } from "./fakes/fake-woocommerce.js";

const WEBHOOK_SECRET = "wc-hook-secret-123";

describe.each(["sqlite", "postgres"] as const)("platform admin API and inbound webhooks on %s", (targetName) => {
  let t: TestApp;
  let woo: FakeWoo;
  let shopify: FakeShopify;
  let admin: { authorization: string };

  beforeEach(async () => {
    woo = await startFakeWoo({ orders: 6 });
    shopify = await startFakeShopify({ orders: 4 });
    t = await createTestApp({
      target: targetName,
      extraRoutes: (store) => {
        const deps: PlatformRoutesDeps = {
          store,
          clock: systemClock,
          ids: randomIds,
          logger: silentLogger,
          cipher: async () => testCipher,
          createPlatform: (c) => createShopPlatform(c),
          async platform() {
            const c = await loadPlatformCredentials({ store, cipher: testCipher });
            return c ? createShopPlatform(c, { forJobs: true }) : undefined;
          },
          loadPolicy: () => loadShopPolicy(store),
        };
        return [platformRoutes(deps), platformWebhookRoutes(deps)];
      },
    });
    admin = await t.login(ADMIN);
  });
  afterEach(async () => {
    await t.close();
    await woo.close();
    await shopify.close();
  });

  const wooBody = () => ({
    kind: "woocommerce",
    url: woo.url,
    consumerKey: woo.key,
    consumerSecret: woo.secret,
    webhookSecret: WEBHOOK_SECRET,
  });
  const call = (method: "GET" | "PUT" | "POST" | "DELETE", url: string, payload?: unknown) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers: admin, ...(payload ? { payload } : {}) });
  const syncDone = async () => {
    for (let i = 0; i < 200; i += 1) {
      const view = (await call("GET", "/platform")).json();
      if (view.sync?.state === "done" || view.sync?.state === "failed") return view;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error("sync did not finish");
  };

  it("connects WooCommerce with checked, sealed credentials that are never returned; syncs with progress; disconnects", async () => {
    const refused = await call("PUT", "/platform", { ...wooBody(), consumerSecret: "cs_wrong" });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe("PLATFORM_REFUSED");
    const agent = await t.login(AGENT);
    expect(
      (await t.app.inject({ method: "PUT", url: "/api/v1/platform", headers: agent, payload: wooBody() })).statusCode,
    ).toBe(403);

    const connected = await call("PUT", "/platform", wooBody());
    expect(connected.statusCode).toBe(200);
    expect(connected.json()).toMatchObject({ connected: true, kind: "woocommerce", shop: woo.url });
    expect(connected.body).not.toContain(woo.secret);
    expect(connected.body).not.toContain(WEBHOOK_SECRET);
    const stored = JSON.stringify(await t.store.settings.get("platform.connection"));
    expect(stored).not.toContain(woo.secret);
    expect(stored).not.toContain(WEBHOOK_SECRET);

    const started = await call("POST", "/platform/sync");
    expect(started.statusCode).toBe(202);
    expect(started.json().sync.state).toBe("running");
    const done = await syncDone();
    expect(done.sync).toMatchObject({ state: "done", customers: 3, products: 2, orders: 6 });
    expect((await call("GET", "/platform")).body).not.toContain(woo.key);

    expect((await call("DELETE", "/platform")).json()).toEqual({ ok: true });
    expect((await call("GET", "/platform")).json()).toEqual({ connected: false });
    expect((await call("POST", "/platform/sync")).statusCode).toBe(404);
  });

  it("WooCommerce webhooks: a forged signature is 401, a new delivery updates the mirror, a replay changes nothing", async () => {
    await call("PUT", "/platform", wooBody());
    await call("POST", "/platform/sync");
    await syncDone();
    const send = (body: string, signature: string, deliveryId: string) =>
      t.app.inject({
        method: "POST",
        url: "/api/v1/platform/webhooks/woocommerce",
        headers: {
          "content-type": "application/json",
          "x-wc-webhook-signature": signature,
          "x-wc-webhook-delivery-id": deliveryId,
          "x-wc-webhook-topic": "order.updated",
        },
        payload: body,
      });
    const cancelled = JSON.stringify({
      ...woo.orders[1],
      status: "cancelled",
      date_modified_gmt: "2026-12-01T08:00:00",
    });
    const forged = await send(cancelled, signWooWebhook("guessed-secret", cancelled), "d-1");
    expect(forged.statusCode).toBe(401);
    expect(forged.json().error.code).toBe("WEBHOOK_SIGNATURE_INVALID");
    expect((await t.store.orders.get("#WC5001"))?.status).toBe("delivered");

    const applied = await send(cancelled, signWooWebhook(WEBHOOK_SECRET, cancelled), "d-1");
    expect(applied.json()).toEqual({ outcome: "applied" });
    expect((await t.store.orders.get("#WC5001"))?.status).toBe("cancelled");

    // The same delivery again, even carrying a newer body, is a replay: nothing changes.
    const newer = JSON.stringify({ ...woo.orders[1], status: "processing", date_modified_gmt: "2026-12-02T08:00:00" });
    const replayed = await send(newer, signWooWebhook(WEBHOOK_SECRET, newer), "d-1");
    expect(replayed.json()).toEqual({ outcome: "replayed" });
    expect((await t.store.orders.get("#WC5001"))?.status).toBe("cancelled");
  });

  it("Shopify webhooks are checked by HMAC and refetch the named order; reconcile repairs a missed update and requeues a lost write", async () => {
    const connect = await call("PUT", "/platform", {
      kind: "shopify",
      storeDomain: "kefu-test.myshopify.com",
      accessToken: shopify.token,
      webhookSecret: WEBHOOK_SECRET,
      apiOrigin: shopify.origin,
    });
    expect(connect.statusCode).toBe(200);
    await call("POST", "/platform/sync");
    expect((await syncDone()).sync).toMatchObject({ state: "done", orders: 4 });
    const order = shopify.orders[1];
    if (!order) throw new Error("no order");
    order.cancelledAt = "2026-12-01T08:00:00Z";
    order.updatedAt = "2026-12-01T08:00:00Z";
    const body = JSON.stringify({ id: 501, admin_graphql_api_id: order.id });
    const send = (hmac: string, id: string) =>
      t.app.inject({
        method: "POST",
        url: "/api/v1/platform/webhooks/shopify",
        headers: {
          "content-type": "application/json",
          "x-shopify-hmac-sha256": hmac,
          "x-shopify-webhook-id": id,
          "x-shopify-topic": "orders/cancelled",
        },
        payload: body,
      });
    expect((await send(signShopifyWebhook("nope", body), "w-1")).statusCode).toBe(401);
    expect((await send(signShopifyWebhook(WEBHOOK_SECRET, body), "w-1")).json()).toEqual({ outcome: "applied" });
    expect((await t.store.orders.get("#SH1002"))?.status).toBe("cancelled");
    expect((await send(signShopifyWebhook(WEBHOOK_SECRET, body), "w-1")).json()).toEqual({ outcome: "replayed" });

    // Fulfilment and refund topics name the order by its numeric id; the order is fetched fresh either way.
    const shipped = shopify.orders[2];
    if (!shipped) throw new Error("no order");
    shipped.updatedAt = "2026-12-01T09:00:00Z";
    shipped.fulfillments = [
      {
        status: "SUCCESS",
        deliveredAt: "2026-12-01T09:00:00Z",
        trackingInfo: [{ number: "TRK-NEW", company: "UPS" }],
        fulfillmentLineItems: { nodes: [] },
      },
    ];
    const topic = async (name: string, payload: object, id: string) => {
      const raw = JSON.stringify(payload);
      return t.app.inject({
        method: "POST",
        url: "/api/v1/platform/webhooks/shopify",
        headers: {
          "content-type": "application/json",
          "x-shopify-hmac-sha256": signShopifyWebhook(WEBHOOK_SECRET, raw),
          "x-shopify-webhook-id": id,
          "x-shopify-topic": name,
        },
        payload: raw,
      });
    };
    expect((await topic("fulfillments/update", { id: 1, order_id: 502, status: "success" }, "w-2")).json()).toEqual({
      outcome: "applied",
    });
    const mirrored = await t.store.orders.get("#SH1003");
    expect(mirrored?.status).toBe("delivered");
    expect(mirrored?.fulfillments[0]?.trackingIds).toEqual(["TRK-NEW"]);
    shipped.updatedAt = "2026-12-01T10:00:00Z";
    shipped.transactions = [
      ...(shipped.transactions as object[]),
      {
        id: "gid://shopify/OrderTransaction/7999",
        kind: "REFUND",
        status: "SUCCESS",
        gateway: "shopify_payments",
        amountSet: { shopMoney: { amount: "25.00" } },
      },
    ];
    expect((await topic("refunds/create", { id: 9, order_id: 502 }, "w-3")).json()).toEqual({ outcome: "applied" });
    const refunded = await t.store.orders.get("#SH1003");
    expect(refunded?.payments.filter((p) => p.type === "refund").map((p) => p.amountCents)).toEqual([2500]);
    // An older delivery arriving late changes nothing.
    shipped.updatedAt = "2026-11-30T00:00:00Z";
    expect((await topic("orders/updated", { id: 502, admin_graphql_api_id: shipped.id }, "w-4")).json()).toEqual({
      outcome: "stale",
    });

    // A change whose webhook never came: the reconciliation finds it.
    const missed = shopify.orders[3];
    if (!missed) throw new Error("no order");
    missed.cancelledAt = "2026-12-02T08:00:00Z";
    missed.updatedAt = "2026-12-02T08:00:00Z";
    // A platform write whose job was lost: pending, long overdue, no job row.
    const request = {
      id: "asr_lost",
      orderId: "#SH1001",
      customerId: "sh_1",
      kind: "cancel" as const,
      status: "approved" as const,
      itemIndexes: [],
      newVariantIds: [],
      reason: "no longer needed",
      amountCents: 0,
      createdBy: "bot:kefu",
      createdAt: "2026-11-01T00:00:00.000Z",
      details: {
        platformWrite: {
          op: "cancel",
          state: "pending",
          attempts: 2,
          nextAttemptAt: "2026-11-01T00:00:00.000Z",
          updatedAt: "2026-11-01T00:00:00.000Z",
        },
      },
    };
    await t.store.afterSales.create(request);
    const report = await call("POST", "/platform/reconcile");
    expect(report.json()).toEqual({ ordersRepaired: 1, writesRequeued: 1 });
    expect((await t.store.orders.get("#SH1004"))?.status).toBe("cancelled");
    const jobs = await t.store.jobs.list({ type: "platform.write" });
    expect(jobs.items.map((j) => j.payload)).toEqual([{ requestId: "asr_lost", attempt: 3 }]);
    expect(platformWriteOf((await t.store.afterSales.get("asr_lost"))?.details ?? {})?.state).toBe("pending");
    expect((await call("GET", "/platform")).json().lastReconcileAt).toBeDefined();
  });
});
