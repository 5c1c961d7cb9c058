import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../../src/application/ports/store.js";
import {
  getPlatformConnection,
  savePlatformConnection,
} from "../../../src/application/use-cases/platform/platform-connection-store.js";
import type { PlatformWriteDeps } from "../../../src/application/use-cases/platform/platform-write-deps.js";
import {
  PLATFORM_RECONCILE_JOB,
  registerPlatformJobs,
  scheduleNextReconcile,
} from "../../../src/application/use-cases/platform/register-platform-jobs.js";
import { runPlatformSync } from "../../../src/application/use-cases/platform/run-platform-sync.js";
import { TAU2_POLICY } from "../../../src/domain/policy/shop-policy.js";
import { createShopPlatform } from "../../../src/infrastructure/platforms/create-shop-platform.js";
import { createLocalJobQueue } from "../../../src/infrastructure/queue/local-job-queue.js";
import { silentLogger } from "../../../src/infrastructure/system/pino-logger.js";
import { sequentialIds } from "../../../src/infrastructure/system/random-ids.js";
import { fixedClock } from "../../../src/infrastructure/system/system-clock.js";
import { testCipher } from "../../fixtures/test-cipher.js";
import { openTarget, type StoreTarget } from "../storage/store-targets.js";
import { type FakeWoo, startFakeWoo } from "./fakes/fake-woocommerce.js";

describe.each(["sqlite", "postgres"] as const)("the hourly platform.reconcile job on %s", (targetName) => {
  let woo: FakeWoo;
  let target: StoreTarget;
  let store: Store;

  beforeEach(async () => {
    woo = await startFakeWoo({ orders: 3 });
    target = await openTarget(targetName);
    store = await target.open();
  });
  afterEach(async () => {
    await woo.close();
    await target.destroy();
  });

  it("repairs an order the shop changed while its webhook was lost, then queues the next hour's run", async () => {
    const clock = fixedClock("2026-12-01T09:30:00.000Z");
    const credentials = {
      kind: "woocommerce" as const,
      url: woo.url,
      consumerKey: woo.key,
      consumerSecret: woo.secret,
      webhookSecret: "whsec",
    };
    await savePlatformConnection({ store, cipher: testCipher, clock }, credentials);
    const platform = createShopPlatform(credentials, { forJobs: true });
    await runPlatformSync({ store, clock, platform });
    expect((await store.orders.get("#WC5001"))?.status).toBe("delivered");

    // The drift: the shop cancelled the order and marked it modified; no webhook ever reached Kefu.
    const changed = woo.orders[1];
    if (!changed) throw new Error("no order");
    changed.status = "cancelled";
    changed.date_modified_gmt = "2026-12-01T09:40:00";

    const deps: PlatformWriteDeps = {
      store,
      clock,
      ids: sequentialIds(),
      logger: silentLogger,
      platform: async () => platform,
      loadPolicy: async () => TAU2_POLICY,
    };
    const queue = createLocalJobQueue(store.jobs, clock, silentLogger);
    registerPlatformJobs(queue, deps);
    await scheduleNextReconcile(queue, deps);
    expect(await queue.drainDue()).toBe(0);
    clock.advance(30 * 60_000);
    expect(await queue.drainDue()).toBe(1);

    expect((await store.orders.get("#WC5001"))?.status).toBe("cancelled");
    expect((await store.orders.get("#WC5000"))?.status).not.toBe("cancelled");
    expect((await getPlatformConnection({ store }))?.lastReconcileAt).toBe("2026-12-01T10:00:00.000Z");
    const queued = await store.jobs.list({ type: PLATFORM_RECONCILE_JOB, status: "queued" });
    expect(queued.items.map((j) => j.runAt)).toEqual(["2026-12-01T11:00:00.000Z"]);
  });
});
