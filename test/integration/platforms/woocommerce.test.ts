import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../../src/application/ports/store.js";
import { applyPlatformOrderUpdate } from "../../../src/application/use-cases/platform/apply-platform-order-update.js";
import { syncShopPlatform } from "../../../src/application/use-cases/platform/sync-shop-platform.js";
import { registerPlatformSyncCommand } from "../../../src/drivers/cli/commands/platform-sync-command.js";
import {
  orderFromWooWebhook,
  signWooWebhook,
  verifyWooWebhook,
} from "../../../src/infrastructure/platforms/woocommerce/woo-webhook.js";
import { createWooCommercePlatform } from "../../../src/infrastructure/platforms/woocommerce/woocommerce-platform.js";
import { createStore } from "../../../src/infrastructure/storage/create-store.js";
import { silentLogger } from "../../../src/infrastructure/system/pino-logger.js";
import { systemClock } from "../../../src/infrastructure/system/system-clock.js";
import { type FakeWoo, startFakeWoo } from "./fakes/fake-woocommerce.js";

describe("WooCommerce connector against a local REST v3 stand-in", () => {
  let woo: FakeWoo;
  let store: Store;
  let dir: string;
  const waits: number[] = [];
  const platform = () =>
    createWooCommercePlatform({
      url: woo.url,
      consumerKey: woo.key,
      consumerSecret: woo.secret,
      sleep: async (ms) => void waits.push(ms),
    });

  beforeAll(async () => {
    woo = await startFakeWoo({ orders: 120, throttleFirstOrdersPage: true });
    dir = mkdtempSync(join(tmpdir(), "kefu-woo-"));
    store = await createStore({ sqlitePath: join(dir, "kefu.sqlite"), logger: silentLogger });
  });
  afterAll(async () => {
    await woo.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("syncs customers, products with variations and every page of orders, retrying a 429 after Retry-After; a second sync writes nothing", async () => {
    const phases: string[] = [];
    const first = await syncShopPlatform({ store, platform: platform() }, { onProgress: (p) => phases.push(p.phase) });
    expect(first).toMatchObject({ customers: 3, products: 2, orders: 120, skipped: 0 });
    expect(woo.throttled).toBe(1);
    expect(waits).toContain(1000);
    expect(new Set(phases)).toEqual(new Set(["customers", "products", "orders"]));
    const order = await store.orders.get("#WC5000");
    expect(order?.items.map((i) => i.priceCents)).toEqual([3900, 3900, 8900]);
    expect(order?.items[2]?.options).toEqual({ Size: "42" });
    expect(order?.external?.lineItemIds).toEqual(["70000", "70000", "70001"]);
    expect(order?.fulfillments[0]).toMatchObject({ trackingIds: ["1Z999"], carrier: "UPS" });
    expect(order?.status).toBe("processed");
    expect((await store.orders.get("#WC5001"))?.status).toBe("delivered");
    const shoe = await store.products.get("wc_p20");
    expect(shoe?.variants.map((v) => [v.options.size, v.available])).toEqual([
      ["42", true],
      ["43", false],
      ["44", true],
    ]);
    const customer = await store.customers.get("wc_1");
    expect(customer?.paymentMethods.map((m) => [m.id, m.kind])).toEqual(
      expect.arrayContaining([
        ["wc_pm_stripe", "credit_card"],
        ["wc_pm_ppcp-gateway", "credit_card"],
      ]),
    );
    const again = await syncShopPlatform({ store, platform: platform() });
    expect(again).toMatchObject({ orders: 0, skipped: 120 });
  });

  it("refunds the right line items once per idempotency key, and reports a refusal with the store's message", async () => {
    const order = await store.orders.get("#WC5003");
    if (!order) throw new Error("order not synced");
    const p = platform();
    const input = { itemIndexes: [0, 1], amountCents: 7800, reason: "Return approved", idempotencyKey: "asr_1" };
    const first = await p.refund(order, input);
    const second = await p.refund(order, input);
    expect(second.refundId).toBe(first.refundId);
    const refunds = woo.refunds.get(1003) ?? [];
    expect(refunds).toHaveLength(1);
    expect(refunds[0]).toMatchObject({
      amount: "78.00",
      line_items: [{ id: 70030, quantity: 2, refund_total: "78.00" }],
    });
    expect(refunds[0]?.reason).toContain("[kefu:asr_1]");

    woo.refuseRefundsFor.add(1004);
    const refused = await store.orders.get("#WC5004");
    if (!refused) throw new Error("order not synced");
    await expect(p.refund(refused, { ...input, idempotencyKey: "asr_2" })).rejects.toMatchObject({
      code: "PLATFORM_REFUSED",
      message: expect.stringContaining("Refund amount must be greater than zero"),
    });
    await p.cancelOrder(refused, { reason: "customer asked", idempotencyKey: "c1" });
    await p.cancelOrder(refused, { reason: "customer asked", idempotencyKey: "c1" });
    expect(woo.orders.find((o) => o.id === 1004)?.status).toBe("cancelled");
    const wrongKeys = createWooCommercePlatform({ url: woo.url, consumerKey: "ck_wrong", consumerSecret: "x" });
    await expect(wrongKeys.listOrders({})).rejects.toMatchObject({ code: "PLATFORM_REFUSED" });
  });

  it("takes signed order webhooks: forged ones are refused, replays and older updates change nothing", async () => {
    const secret = "wc-webhook-secret";
    const raw = JSON.stringify({ ...woo.orders[5], status: "cancelled", date_modified_gmt: "2026-12-01T08:00:00" });
    expect(verifyWooWebhook(secret, raw, signWooWebhook(secret, raw))).toBe(true);
    expect(verifyWooWebhook(secret, raw, signWooWebhook("guessed", raw))).toBe(false);
    expect(verifyWooWebhook(secret, `${raw} `, signWooWebhook(secret, raw))).toBe(false);
    expect(verifyWooWebhook(secret, raw, undefined)).toBe(false);

    const deps = { store, clock: systemClock };
    expect(await applyPlatformOrderUpdate(deps, { deliveryId: "d-1", order: orderFromWooWebhook(raw) })).toBe(
      "applied",
    );
    expect((await store.orders.get("#WC5005"))?.status).toBe("cancelled");
    expect(await applyPlatformOrderUpdate(deps, { deliveryId: "d-1", order: orderFromWooWebhook(raw) })).toBe(
      "replayed",
    );
    const older = JSON.stringify({ ...woo.orders[5], status: "processing", date_modified_gmt: "2026-11-30T08:00:00" });
    expect(await applyPlatformOrderUpdate(deps, { deliveryId: "d-2", order: orderFromWooWebhook(older) })).toBe(
      "stale",
    );
    expect((await store.orders.get("#WC5005"))?.status).toBe("cancelled");
  });

  it("kefu sync woocommerce mirrors the store into the configured database and says what it did", async () => {
    const out: string[] = [];
    const io = {
      out: (t: string) => void out.push(t),
      err: () => undefined,
      env: { KEFU_DB_PATH: join(dir, "cli.sqlite"), KEFU_WOO_KEY: woo.key, KEFU_WOO_SECRET: woo.secret },
      progress: false,
      exitCode: 0,
    };
    const program = new Command().exitOverride();
    registerPlatformSyncCommand(program, io);
    await program.parseAsync(["node", "kefu", "sync", "woocommerce", "--url", woo.url]);
    expect(out.join("")).toBe("synced 3 customers, 2 products, 120 orders (0 unchanged or guest)\n");
    const cli = await createStore({ sqlitePath: join(dir, "cli.sqlite"), logger: silentLogger });
    expect((await cli.orders.list({ limit: 1 })).total).toBe(120);
    await cli.close();
    await expect(program.parseAsync(["node", "kefu", "sync", "woocommerce", "--url", "not a url"])).rejects.toThrow(
      /--url/,
    );
  });
});
