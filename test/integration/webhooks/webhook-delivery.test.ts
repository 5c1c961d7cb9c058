import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Clock } from "../../../src/application/ports/clock.js";
import type { Store } from "../../../src/application/ports/store.js";
import { deliverWebhook } from "../../../src/application/use-cases/webhooks/deliver-webhook.js";
import { registerWebhookJobs } from "../../../src/application/use-cases/webhooks/register-webhook-jobs.js";
import { relayWebhookEvents } from "../../../src/application/use-cases/webhooks/relay-webhook-events.js";
import { replayWebhookDelivery } from "../../../src/application/use-cases/webhooks/replay-webhook-delivery.js";
import { saveWebhookEndpoint } from "../../../src/application/use-cases/webhooks/save-webhook-endpoint.js";
import type { WebhookDeps } from "../../../src/application/use-cases/webhooks/webhook-deps.js";
import { createLocalJobQueue } from "../../../src/infrastructure/queue/local-job-queue.js";
import { silentLogger } from "../../../src/infrastructure/system/pino-logger.js";
import { randomIds } from "../../../src/infrastructure/system/random-ids.js";
import { createHttpWebhookSender, newWebhookSecret } from "../../../src/infrastructure/webhooks/http-webhook-sender.js";
import { verifyKefuWebhook } from "../../../src/infrastructure/webhooks/kefu-webhook-signature.js";
import { openTarget, type StoreTarget, type TargetName } from "../storage/store-targets.js";

function fakeClock(start: string): Clock & { advance(ms: number): void } {
  let now = new Date(start).getTime();
  return { now: () => new Date(now), nowIso: () => new Date(now).toISOString(), advance: (ms) => (now += ms) };
}

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A receiver that answers `failures` 500s, then 200s, and records every request. */
async function receiver(failures: number): Promise<{ url: string; received: Received[]; server: Server }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      res.statusCode = received.length <= failures ? 500 : 200;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hooks/kefu`, received, server };
}

const staff = { type: "staff" as const, id: "usr_admin" };

describe.each<TargetName>(["sqlite", "postgres"])("outbound webhooks on %s", (name) => {
  let target: StoreTarget;
  let store: Store;
  const servers: Server[] = [];

  beforeAll(async () => {
    target = await openTarget(name);
    store = await target.open();
  });
  afterEach(() => {
    for (const s of servers.splice(0)) s.close();
  });
  afterAll(async () => target.destroy());

  function setup(clock: ReturnType<typeof fakeClock>) {
    const queue = createLocalJobQueue(store.jobs, clock, silentLogger);
    const deps: WebhookDeps = {
      store,
      clock,
      ids: randomIds,
      logger: silentLogger,
      queue,
      sender: createHttpWebhookSender({ timeoutMs: 2_000 }),
      newSecret: newWebhookSecret,
      retryDelaysMs: [1_000, 2_000, 4_000, 8_000],
    };
    registerWebhookJobs(queue, deps);
    return { queue, deps };
  }

  it("a receiver that fails 3 times gets the event on the 4th try, signed the same way each time; a re-scan sends nothing twice", async () => {
    const clock = fakeClock("2026-12-04T10:00:00.000Z");
    const { queue, deps } = setup(clock);
    const hook = await receiver(3);
    servers.push(hook.server);
    const endpoint = await saveWebhookEndpoint(deps, {
      actor: staff,
      changes: { url: hook.url, events: ["after_sales.request_approved"] },
    });
    expect(endpoint.secret).toMatch(/^whsec_/);
    await relayWebhookEvents(deps); // sets the cursor: history before the endpoint is not replayed
    clock.advance(1_000);
    await store.audit.append({
      id: `aud_${name}_approve`,
      at: clock.nowIso(),
      actor: staff,
      action: "after_sales.approve",
      entityType: "after_sales_request",
      entityId: "asr_42",
      details: { orderId: "#W0010005", amountCents: 12999, kind: "return", note: "ok" },
    });
    await store.audit.append({
      id: `aud_${name}_other`,
      at: clock.nowIso(),
      actor: staff,
      action: "conversation.csat",
      entityType: "conversation",
      entityId: "conv_1",
      details: { rating: 5 },
    });
    expect(await relayWebhookEvents(deps)).toBe(1); // the csat event is not subscribed
    expect(await relayWebhookEvents(deps)).toBe(0);

    const statuses: number[] = [];
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      expect(await queue.drainDue()).toBe(1);
      expect(await queue.drainDue()).toBe(0); // the retry waits for its time
      statuses.push(hook.received.length);
      clock.advance(2 ** (attempt - 1) * 1_000);
    }
    expect(statuses).toEqual([1, 2, 3, 4]);
    expect(hook.received).toHaveLength(4);
    const bodies = new Set(hook.received.map((r) => r.body));
    expect(bodies.size).toBe(1);
    const sent = JSON.parse([...bodies][0] ?? "{}");
    expect(sent).toMatchObject({ id: `aud_${name}_approve`, type: "after_sales.request_approved" });
    expect(sent.data).toMatchObject({ orderId: "#W0010005", amountCents: 12999 });
    expect(sent.data.note).toBeUndefined();
    for (const r of hook.received) {
      const headers = {
        id: String(r.headers["kefu-event-id"]),
        timestamp: String(r.headers["kefu-timestamp"]),
        signature: String(r.headers["kefu-signature"]),
      };
      expect(verifyKefuWebhook(endpoint.secret, headers, r.body, Number(headers.timestamp))).toBe(true);
      expect(verifyKefuWebhook("whsec_forged_secret_000000", headers, r.body, Number(headers.timestamp))).toBe(false);
    }
    const log = await store.webhookDeliveries.listByEndpoint(endpoint.id, {});
    expect(log.total).toBe(1);
    const delivery = log.items[0];
    expect(delivery?.status).toBe("delivered");
    expect(delivery?.attempts.map((a) => a.statusCode)).toEqual([500, 500, 500, 200]);

    // Replay from the admin: the same event id and body again.
    if (!delivery) throw new Error("no delivery");
    await replayWebhookDelivery(deps, { deliveryId: delivery.id, actor: staff });
    expect(await queue.drainDue()).toBe(1);
    expect(hook.received).toHaveLength(5);
    expect(hook.received[4]?.body).toBe(hook.received[0]?.body);
    expect((await store.webhookDeliveries.get(delivery.id))?.attempts).toHaveLength(5);
    expect((await store.audit.list({ action: "webhook.replay" })).total).toBe(1);
  });

  it("gives up after the retry schedule, and fails deliveries of a disabled endpoint without sending", async () => {
    const clock = fakeClock("2026-12-05T10:00:00.000Z");
    const { queue, deps } = setup(clock);
    const hook = await receiver(100);
    servers.push(hook.server);
    const endpoint = await saveWebhookEndpoint(deps, { actor: staff, changes: { url: hook.url } });
    await relayWebhookEvents(deps);
    await store.audit.append({
      id: `aud_${name}_resolve`,
      at: clock.nowIso(),
      actor: staff,
      action: "conversation.resolve",
      entityType: "conversation",
      entityId: "conv_9",
      details: {},
    });
    await relayWebhookEvents(deps);
    for (let i = 0; i < 6; i += 1) {
      await queue.drainDue();
      clock.advance(10_000);
    }
    const [failed] = (await store.webhookDeliveries.listByEndpoint(endpoint.id, { status: "failed" })).items;
    expect(failed?.attempts).toHaveLength(5); // first try + 4 retries
    expect(hook.received).toHaveLength(5);

    await saveWebhookEndpoint(deps, { id: endpoint.id, actor: staff, changes: { enabled: true } });
    if (!failed) throw new Error("no failed delivery");
    await store.webhookDeliveries.update({ ...failed, status: "pending" });
    await saveWebhookEndpoint(deps, { id: endpoint.id, actor: staff, changes: { enabled: false } });
    const after = await deliverWebhook(deps, failed.id);
    expect(after?.status).toBe("failed");
    expect(after?.attempts.at(-1)?.error).toMatch(/disabled/);
    expect(hook.received).toHaveLength(5);
  });
});
