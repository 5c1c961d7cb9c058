import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../../src/application/ports/store.js";
import { registerWebhookJobs } from "../../../src/application/use-cases/webhooks/register-webhook-jobs.js";
import { relayWebhookEvents } from "../../../src/application/use-cases/webhooks/relay-webhook-events.js";
import type { WebhookDeps } from "../../../src/application/use-cases/webhooks/webhook-deps.js";
import { webhookRoutes } from "../../../src/drivers/http/routes/webhook-routes.js";
import { createLocalJobQueue, type LocalJobQueue } from "../../../src/infrastructure/queue/local-job-queue.js";
import { silentLogger } from "../../../src/infrastructure/system/pino-logger.js";
import { randomIds } from "../../../src/infrastructure/system/random-ids.js";
import { systemClock } from "../../../src/infrastructure/system/system-clock.js";
import { createHttpWebhookSender, newWebhookSecret } from "../../../src/infrastructure/webhooks/http-webhook-sender.js";
import { verifyKefuWebhook } from "../../../src/infrastructure/webhooks/kefu-webhook-signature.js";
import { ADMIN, AGENT, createTestApp, type TestApp } from "../fixtures/test-app.js";

describe("webhook admin API", () => {
  let t: TestApp;
  let deps: WebhookDeps;
  let queue: LocalJobQueue;
  let server: Server;
  const received: { headers: Record<string, string | string[] | undefined>; body: string }[] = [];
  let url = "";

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = "";
      req.on("data", (c: Buffer) => (body += c.toString("utf8")));
      req.on("end", () => {
        received.push({ headers: req.headers, body });
        res.end("ok");
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/kefu-events`;
    t = await createTestApp({
      extraRoutes: (store: Store) => {
        queue = createLocalJobQueue(store.jobs, systemClock, silentLogger);
        deps = {
          store,
          clock: systemClock,
          ids: randomIds,
          logger: silentLogger,
          queue,
          sender: createHttpWebhookSender(),
          newSecret: newWebhookSecret,
        };
        registerWebhookJobs(queue, deps);
        return [webhookRoutes(deps)];
      },
    });
  });
  afterAll(async () => {
    server.close();
    await t.close();
  });

  it("admins manage endpoints; agents and anonymous callers cannot; bad URLs are refused with a code", async () => {
    const admin = await t.login(ADMIN);
    const agent = await t.login(AGENT);
    const body = { url, events: ["conversation.created"], description: "CRM" };
    expect((await t.app.inject({ method: "POST", url: "/api/v1/webhooks", payload: body })).statusCode).toBe(401);
    expect(
      (await t.app.inject({ method: "POST", url: "/api/v1/webhooks", headers: agent, payload: body })).statusCode,
    ).toBe(403);
    expect((await t.app.inject({ method: "GET", url: "/api/v1/webhooks", headers: agent })).statusCode).toBe(403);
    for (const bad of ["ftp://x.example/hook", "not a url", "https://user:pw@x.example/hook"]) {
      const res = await t.app.inject({
        method: "POST",
        url: "/api/v1/webhooks",
        headers: admin,
        payload: { url: bad },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe("VALIDATION_FAILED");
    }
    const created = await t.app.inject({ method: "POST", url: "/api/v1/webhooks", headers: admin, payload: body });
    expect(created.statusCode).toBe(200);
    const endpoint = created.json();
    expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const list = (await t.app.inject({ method: "GET", url: "/api/v1/webhooks", headers: admin })).json();
    expect(list.items).toHaveLength(1);
    expect(list.items[0].secret).not.toBe(endpoint.secret);
    expect(list.items[0].secret.endsWith(endpoint.secret.slice(-4))).toBe(true);

    // A real chat opened through the widget API reaches the receiver, signed.
    await relayWebhookEvents(deps);
    const chat = await t.app.inject({ method: "POST", url: "/api/v1/widget/conversations", payload: { locale: "zh" } });
    expect(chat.statusCode).toBeLessThan(300);
    expect(await relayWebhookEvents(deps)).toBe(1);
    await queue.drainDue();
    expect(received).toHaveLength(1);
    const event = JSON.parse(received[0]?.body ?? "{}");
    expect(event.type).toBe("conversation.created");
    const headers = {
      id: String(received[0]?.headers["kefu-event-id"]),
      timestamp: String(received[0]?.headers["kefu-timestamp"]),
      signature: String(received[0]?.headers["kefu-signature"]),
    };
    expect(verifyKefuWebhook(endpoint.secret, headers, received[0]?.body ?? "", Math.floor(Date.now() / 1000))).toBe(
      true,
    );

    const log = await t.app.inject({
      method: "GET",
      url: `/api/v1/webhooks/${endpoint.id}/deliveries`,
      headers: admin,
    });
    expect(log.json().items[0]).toMatchObject({ status: "delivered", eventType: "conversation.created" });
    const replay = await t.app.inject({
      method: "POST",
      url: `/api/v1/webhook-deliveries/${log.json().items[0].id}/replay`,
      headers: admin,
    });
    expect(replay.json().status).toBe("pending");
    await queue.drainDue();
    expect(received).toHaveLength(2);
    expect(received[1]?.body).toBe(received[0]?.body);

    const rotated = await t.app.inject({
      method: "POST",
      url: `/api/v1/webhooks/${endpoint.id}/rotate-secret`,
      headers: admin,
    });
    expect(rotated.json().secret).not.toBe(endpoint.secret);
    const test = await t.app.inject({ method: "POST", url: `/api/v1/webhooks/${endpoint.id}/test`, headers: admin });
    expect(test.json().eventType).toBe("webhook.test");
    await queue.drainDue();
    expect(JSON.parse(received[2]?.body ?? "{}").type).toBe("webhook.test");
    expect(String(received[2]?.headers["kefu-signature"])).toMatch(/^v1=/);

    const missing = await t.app.inject({ method: "DELETE", url: "/api/v1/webhooks/whe_missing", headers: admin });
    expect(missing.statusCode).toBe(404);
    expect(
      (await t.app.inject({ method: "DELETE", url: `/api/v1/webhooks/${endpoint.id}`, headers: admin })).statusCode,
    ).toBe(200);
    expect((await t.app.inject({ method: "GET", url: "/api/v1/webhooks", headers: admin })).json().items).toHaveLength(
      0,
    );
  });
});
