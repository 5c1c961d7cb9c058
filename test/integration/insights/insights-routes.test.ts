import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../../src/application/ports/store.js";
import type { Conversation } from "../../../src/domain/conversation/conversation.js";
import { FollowupRules } from "../../../src/domain/followups/followup-rules.js";
import { insightsRouteFactories } from "../../../src/drivers/http/routes/insights-routes.js";
import { signWidgetToken } from "../../../src/infrastructure/security/widget-token.js";
import { randomIds } from "../../../src/infrastructure/system/random-ids.js";
import { systemClock } from "../../../src/infrastructure/system/system-clock.js";
import { ADMIN, AGENT, createTestApp, SECRET, type TestApp } from "../fixtures/test-app.js";
import { customer, order, product } from "./insights-fixtures.js";

describe("insights and metrics routes", () => {
  let t: TestApp;
  let store: Store;
  let app: FastifyInstance;
  let staff: { authorization: string };
  let admin: { authorization: string };

  beforeAll(async () => {
    t = await createTestApp({
      seed: async (s) => {
        await s.customers.upsert(customer("sara_doe", "en", "Sara", "Doe"));
        await s.products.upsert(product("mug", "Coffee Mug", "kitchen"));
        await s.products.upsert(product("kettle", "Electric Kettle", "kitchen"));
        await s.orders.upsert(order("o1", "sara_doe", ["mug"], "delivered", "2026-01-01T00:00:00Z"));
        await s.orders.upsert(order("o2", "other", ["mug", "kettle"], "delivered", "2026-01-01T00:00:00Z"));
      },
      extraRoutes: (s) => insightsRouteFactories({ store: s, clock: systemClock, ids: randomIds }),
    });
    ({ store, app } = t);
    staff = await t.login(AGENT);
    admin = await t.login(ADMIN);
  });
  afterAll(() => t.close());

  it("requires staff for dashboards", async () => {
    const res = await app.inject({ method: "GET", url: "/api/v1/metrics/service" });
    expect(res.statusCode).toBe(401);
    const bad = await app.inject({ method: "GET", url: "/api/v1/metrics/service?since=yesterday", headers: staff });
    expect(bad.statusCode).toBe(400);
  });

  it("serves service metrics, review summary and an empty risk list before training", async () => {
    const metrics = await app.inject({
      method: "GET",
      url: "/api/v1/metrics/service?timeZone=Asia/Shanghai",
      headers: staff,
    });
    expect(metrics.statusCode).toBe(200);
    expect(metrics.json()).toMatchObject({ conversations: 0, csatCount: 0, daily: [] });
    const reviews = await app.inject({ method: "GET", url: "/api/v1/insights/reviews/summary", headers: staff });
    expect(reviews.json()).toMatchObject({ overall: { count: 0 }, flagged: [] });
    const risk = await app.inject({ method: "GET", url: "/api/v1/insights/risk", headers: staff });
    // No trained model: the heuristic ranks open orders, and nothing here looks risky.
    expect(risk.json()).toEqual({ items: [], total: 0, model: null, method: "heuristic", threshold: 0.45 });
  });

  it("recommends for a customer (staff) and for the widget shopper", async () => {
    const staffRecs = await app.inject({
      method: "GET",
      url: "/api/v1/insights/recommendations/sara_doe",
      headers: staff,
    });
    expect(staffRecs.json().items[0]).toMatchObject({ productId: "kettle", source: "co_purchase" });
    const missing = await app.inject({ method: "GET", url: "/api/v1/insights/recommendations/nobody", headers: staff });
    expect(missing.statusCode).toBe(404);

    await store.conversations.create({
      id: "conv_w1",
      channel: "widget",
      locale: "en",
      status: "bot",
      state: {},
      createdAt: systemClock.nowIso(),
      updatedAt: systemClock.nowIso(),
      lastSeq: 0,
    });
    const token = signWidgetToken(SECRET, "conv_w1", systemClock.now());
    const widget = await app.inject({
      method: "GET",
      url: "/api/v1/widget/recommendations?limit=2",
      headers: { authorization: `Bearer ${token}` },
    });
    expect(widget.statusCode).toBe(200);
    expect(widget.json().items).toEqual([
      { productId: "mug", name: "Coffee Mug", reason: "Popular with our shoppers" },
      { productId: "kettle", name: "Electric Kettle", reason: "Popular with our shoppers" },
    ]);
  });

  it("lets admins edit follow-up rules and opt-outs, and shoppers opt out once verified", async () => {
    const rules = await app.inject({ method: "GET", url: "/api/v1/insights/followups/rules", headers: admin });
    expect(rules.json()).toMatchObject({ enabled: true, afterDelivery: { delayHours: 72 } });
    const agentTry = await app.inject({ method: "GET", url: "/api/v1/insights/followups/rules", headers: staff });
    expect(agentTry.statusCode).toBe(403);
    const put = await app.inject({
      method: "PUT",
      url: "/api/v1/insights/followups/rules",
      headers: admin,
      payload: { ...FollowupRules.parse(rules.json()), channel: "api", quietHours: null },
    });
    expect(put.statusCode).toBe(200);
    const bad = await app.inject({
      method: "PUT",
      url: "/api/v1/insights/followups/rules",
      headers: admin,
      payload: { timeZone: "Mars/Olympus" },
    });
    expect(bad.statusCode).toBe(400);
    const after = await app.inject({ method: "GET", url: "/api/v1/insights/followups/rules", headers: admin });
    expect(after.json()).toMatchObject({ channel: "api", quietHours: null });

    const now = systemClock.nowIso();
    const base: Omit<Conversation, "id"> = {
      channel: "widget",
      locale: "en",
      status: "bot",
      state: {},
      createdAt: now,
      updatedAt: now,
      lastSeq: 0,
    };
    await store.conversations.create({ ...base, id: "conv_anon" });
    await store.conversations.create({ ...base, id: "conv_sara", verifiedCustomerId: "sara_doe" });
    const anon = await app.inject({
      method: "POST",
      url: "/api/v1/widget/followups/opt-out",
      headers: { authorization: `Bearer ${signWidgetToken(SECRET, "conv_anon", systemClock.now())}` },
      payload: {},
    });
    expect(anon.statusCode).toBe(403);
    const sara = await app.inject({
      method: "POST",
      url: "/api/v1/widget/followups/opt-out",
      headers: { authorization: `Bearer ${signWidgetToken(SECRET, "conv_sara", systemClock.now())}` },
      payload: {},
    });
    expect(sara.json()).toEqual({ optOut: true });
    const list = await app.inject({ method: "GET", url: "/api/v1/insights/followups/opt-outs", headers: admin });
    expect(list.json()).toEqual({ customerIds: ["sara_doe"] });
    const jobs = await app.inject({ method: "GET", url: "/api/v1/insights/followups/jobs", headers: staff });
    expect(jobs.json()).toEqual({ items: [], total: 0 });
  });
});
