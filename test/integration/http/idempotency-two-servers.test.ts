import type { FastifyInstance } from "fastify";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../../src/application/ports/store.js";
import { buildApp } from "../../../src/drivers/http/build-app.js";
import { createLocalEventBus } from "../../../src/infrastructure/realtime/event-bus-local.js";
import { silentLogger } from "../../../src/infrastructure/system/pino-logger.js";
import { randomIds } from "../../../src/infrastructure/system/random-ids.js";
import { systemClock } from "../../../src/infrastructure/system/system-clock.js";
import { ADMIN, createTestApp, openTestStore, SECRET, type TestApp, testPasswords } from "../fixtures/test-app.js";

// Two servers on one database, as two processes behind a load balancer: the key is claimed in the store.
describe("Idempotency-Key across two servers sharing one database", () => {
  let t: TestApp;
  let store2: Store;
  let app2: FastifyInstance;
  const bus = createLocalEventBus();

  beforeEach(async () => {
    t = await createTestApp();
    store2 = await openTestStore(t.dir);
    app2 = await buildApp({
      store: store2,
      clock: systemClock,
      ids: randomIds,
      logger: silentLogger,
      eventBus: bus,
      secret: SECRET,
      passwords: testPasswords,
    });
    await app2.ready();
  });
  afterEach(async () => {
    await app2.close();
    await store2.close();
    await t.close();
  });

  it("runs a keyed write once when both servers get it at the same moment, and both answer alike", async () => {
    const admin = await t.login(ADMIN);
    const headers = { ...admin, "idempotency-key": "kb-once" };
    const article = { locale: "en", title: "Warranty", body: "Two years on electronics.", tags: ["warranty"] };
    // A slow handler on both servers, so every request has passed its key check before any has finished.
    for (const store of [t.store, store2]) {
      const get = store.kb.get.bind(store.kb);
      store.kb.get = async (id) => new Promise((resolve) => setTimeout(() => resolve(get(id)), 150));
    }
    const answers = await Promise.all(
      [t.app, app2, t.app, app2].map((app) =>
        app.inject({ method: "POST", url: "/api/v1/kb", headers, payload: article }),
      ),
    );
    expect(answers.map((a) => a.statusCode)).toEqual([201, 201, 201, 201]);
    expect(new Set(answers.map((a) => a.json().id)).size).toBe(1);
    expect(answers.filter((a) => a.headers["idempotent-replayed"] === "true")).toHaveLength(3);
    expect(await t.store.kb.all()).toHaveLength(1);
    expect((await t.store.audit.list({ action: "kb.create" })).total).toBe(1);
  });

  it("frees the key when the keyed call fails, so a corrected retry with the same key runs", async () => {
    const admin = await t.login(ADMIN);
    const headers = { ...admin, "idempotency-key": "kb-retry" };
    const article = {
      id: "kb_fixed",
      locale: "en" as const,
      title: "Invoices",
      body: "Ask in the chat.",
      tags: [] as string[],
    };
    await t.store.kb.upsert({ ...article, title: "Taken" });
    const conflict = await t.app.inject({ method: "POST", url: "/api/v1/kb", headers, payload: article });
    expect(conflict.statusCode).toBe(409);
    await t.store.kb.delete("kb_fixed");
    const retried = await app2.inject({ method: "POST", url: "/api/v1/kb", headers, payload: article });
    expect(retried.statusCode).toBe(201);
    expect(retried.headers["idempotent-replayed"]).toBeUndefined();
    const replayed = await t.app.inject({ method: "POST", url: "/api/v1/kb", headers, payload: article });
    expect(replayed.headers["idempotent-replayed"]).toBe("true");
    expect(replayed.body).toBe(retried.body);
  });
});
