import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_SHOPPERS, seedDemoShop } from "../../../src/application/use-cases/shop-data/seed-demo-shop.js";
import { systemClock } from "../../../src/infrastructure/system/system-clock.js";
import { ADMIN, AGENT, createTestApp, type TestApp } from "../fixtures/test-app.js";
import { registeredRoutes } from "./registered-routes.js";

const EMMA = DEMO_SHOPPERS.en;
const LI_NA = DEMO_SHOPPERS.zh;
type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

describe("API contract: OpenAPI, idempotent writes, roles and owners", () => {
  let t: TestApp;
  let admin: { authorization: string };
  let agent: { authorization: string };

  beforeAll(async () => {
    t = await createTestApp({ seed: (store) => seedDemoShop(store, systemClock).then(() => undefined) });
    admin = await t.login(ADMIN);
    agent = await t.login(AGENT);
  });
  afterAll(async () => t.close());

  async function call(method: Method, url: string, headers: Record<string, string> = {}, payload?: object) {
    const full = `/api/v1${url}`;
    return payload === undefined
      ? t.app.inject({ method, url: full, headers })
      : t.app.inject({ method, url: full, headers, payload });
  }

  async function shopperVerifiedAs(customerId: string): Promise<{ authorization: string }> {
    const opened = (await call("POST", "/widget/conversations", {}, {})).json();
    const conversation = await t.store.conversations.get(opened.conversation.id);
    if (!conversation) throw new Error("conversation was not stored");
    await t.store.conversations.update({ ...conversation, verifiedCustomerId: customerId });
    return { authorization: `Bearer ${opened.token}` };
  }

  it("documents every /api/v1 route with its schemas, errors and the Idempotency-Key header", async () => {
    const doc = (await t.app.inject({ method: "GET", url: "/docs/json" })).json();
    const all = registeredRoutes(t.app.printRoutes({ commonPrefix: false }));
    expect(all).toContain("GET /api/v1/ws");
    expect(doc.paths["/api/v1/ws"].get["x-client-frames"]).toBeDefined();
    const routes = all.filter((r) => r.includes(" /api/v1/") && r !== "GET /api/v1/ws");
    expect(routes.length).toBeGreaterThan(40);
    for (const route of routes) {
      const [method = "", path = ""] = route.split(" ");
      const op = doc.paths[path]?.[method.toLowerCase()];
      expect(op, `${route} is missing from /docs`).toBeDefined();
      const success = Object.entries(op.responses).find(([code]) => code.startsWith("2"));
      expect(success?.[1], `${route} has no 2xx schema`).toHaveProperty("content.application/json.schema");
      expect(op.responses["4XX"].content["application/json"].schema.properties.error).toBeDefined();
      const idempotency = (op.parameters ?? []).some((p: { name: string }) => p.name === "Idempotency-Key");
      expect(idempotency, `${route} Idempotency-Key`).toBe(method !== "GET");
      if (["POST", "PUT", "PATCH"].includes(method) && !route.endsWith("/logout")) {
        const hasInput =
          op.requestBody !== undefined || (op.parameters ?? []).some((p: { in: string }) => p.in === "path");
        expect(hasInput, `${route} documents its input`).toBe(true);
      }
    }
    expect(doc.paths["/api/v1/kb"].post.responses["201"]).toBeDefined();
  });

  it("replays an order action for the same key and body, writes once, and 409s another body", async () => {
    const url = `/orders/${encodeURIComponent(EMMA.orderIds.delivered)}/return`;
    const body = { itemIndexes: [0], refundMethodId: EMMA.paymentMethodIds.credit_card };
    const headers = { ...agent, "idempotency-key": "return-once" };
    const first = await call("POST", url, headers, body);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().order.status).toBe("return_requested");
    const again = await call("POST", url, headers, body);
    expect(again.statusCode).toBe(200);
    expect(again.headers["idempotent-replayed"]).toBe("true");
    expect(again.body).toBe(first.body);
    const other = await call("POST", url, headers, { ...body, itemIndexes: [1] });
    expect(other.statusCode).toBe(409);
    expect(other.json().error).toMatchObject({ code: "IDEMPOTENCY_KEY_REUSED" });
    expect(await t.store.afterSales.listByOrder(EMMA.orderIds.delivered)).toHaveLength(1);
    const audit = await t.store.audit.list({ entityId: EMMA.orderIds.delivered, limit: 50 });
    expect(audit.items.filter((e) => e.action.includes("return"))).toHaveLength(1);

    const requestId = first.json().request.id;
    const detail = await call("GET", `/after-sales/${requestId}`, agent);
    expect(detail.statusCode).toBe(200);
    expect(detail.json()).toMatchObject({
      request: { id: requestId, kind: "return" },
      order: { id: EMMA.orderIds.delivered },
    });
    expect((await call("GET", "/after-sales/nope", agent)).json().error.code).toBe("NOT_FOUND");
    const listed = (await call("GET", "/after-sales?kind=return&status=requested", agent)).json();
    expect(listed.items.map((r: { id: string }) => r.id)).toContain(requestId);

    // The console rejects with `reason`; it is kept as the review note and the order goes back to delivered.
    const rejected = await call("POST", `/after-sales/${requestId}/reject`, agent, { reason: "item was used" });
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect(rejected.json().request).toMatchObject({
      status: "rejected",
      details: { review: { note: "item was used" } },
    });
    expect(rejected.json().order.status).toBe("delivered");
  });

  it("writes nothing when an action is refused or its input is bad", async () => {
    const orderId = EMMA.orderIds.shipped;
    const before = await t.store.orders.get(orderId);
    const auditBefore = (await t.store.audit.list({ entityId: orderId })).total;
    const refused = await call("POST", `/orders/${encodeURIComponent(orderId)}/cancel`, agent, {
      reason: "no longer needed",
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error).toMatchObject({ code: "POLICY_REFUSED", message: expect.any(String) });
    const bad = await call("POST", `/orders/${encodeURIComponent(orderId)}/address`, agent, { address: { city: "X" } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe("VALIDATION_FAILED");
    expect(await t.store.orders.get(orderId)).toEqual(before);
    expect(await t.store.afterSales.listByOrder(orderId)).toHaveLength(0);
    expect((await t.store.audit.list({ entityId: orderId })).total).toBe(auditBefore);
  });

  it("keeps admin-only routes from agents and every staff route from shoppers and anonymous callers", async () => {
    const adminOnly: [Method, string, object?][] = [
      ["GET", "/users"],
      ["POST", "/users", { email: "x@test.local", name: "X", role: "agent", password: "password-1" }],
      ["PATCH", "/users/usr_1", { disabled: true }],
      ["GET", "/audit"],
      ["GET", "/settings/policy"],
      ["POST", "/kb", { locale: "en", title: "T", body: "B", tags: [] }],
      ["PUT", "/kb/kb_1", { locale: "en", title: "T", body: "B", tags: [] }],
      ["DELETE", "/kb/kb_1"],
    ];
    for (const [method, url, body] of adminOnly) {
      const res = await call(method, url, agent, body);
      expect(res.statusCode, `${method} ${url}`).toBe(403);
      expect(res.json().error.code).toBe("FORBIDDEN");
    }
    const staffReads = ["/conversations", "/orders", `/orders/${encodeURIComponent(LI_NA.orderIds.pending)}`];
    staffReads.push("/customers", `/customers/${LI_NA.id}`, "/after-sales", "/handoffs", "/kb");
    for (const url of staffReads) expect((await call("GET", url, agent)).statusCode, url).toBe(200);
    const shopper = await shopperVerifiedAs(EMMA.id);
    for (const url of [...staffReads, "/users", "/audit"]) {
      expect((await call("GET", url, shopper)).statusCode, `shopper ${url}`).toBe(403);
      expect((await call("GET", url)).statusCode, `anonymous ${url}`).toBe(401);
    }
    const act = await call("POST", `/orders/${encodeURIComponent(LI_NA.orderIds.pending)}/cancel`, shopper, {
      reason: "no longer needed",
    });
    expect(act.statusCode).toBe(403);
    expect((await t.store.orders.get(LI_NA.orderIds.pending))?.status).toBe("pending");
  });

  it("shows a verified shopper only their own orders", async () => {
    for (const [me, other] of [
      [EMMA, LI_NA],
      [LI_NA, EMMA],
    ] as const) {
      const res = await call("GET", "/widget/orders", await shopperVerifiedAs(me.id));
      expect(res.statusCode).toBe(200);
      const ids: string[] = res.json().items.map((o: { id: string }) => o.id);
      expect(ids).toEqual(expect.arrayContaining(Object.values(me.orderIds)));
      for (const id of Object.values(other.orderIds)) expect(ids).not.toContain(id);
      expect(res.json().items.every((o: { customerId: string }) => o.customerId === me.id)).toBe(true);
    }
  });

  it("lists and finds catalogue products with their variants for staff only", async () => {
    const found = (await call("GET", `/products?query=${encodeURIComponent("耳机")}`, agent)).json();
    expect(found.total).toBeGreaterThan(0);
    expect(found.items[0].variants.length).toBeGreaterThan(0);
    const all = (await call("GET", "/products?limit=1&offset=1", agent)).json();
    expect(all.items).toHaveLength(1);
    expect(all.total).toBeGreaterThanOrEqual(20);
    const one = await call("GET", `/products/${all.items[0].id}`, agent);
    expect(one.json()).toEqual(all.items[0]);
    const missing = await call("GET", "/products/nope", agent);
    expect([missing.statusCode, missing.json().error.code]).toEqual([404, "PRODUCT_NOT_FOUND"]);
    expect((await call("GET", "/products", await shopperVerifiedAs(EMMA.id))).statusCode).toBe(403);
  });

  it("pages and filters the audit log for admins", async () => {
    const all = (await call("GET", "/audit?limit=500", admin)).json();
    expect(all.total).toBeGreaterThan(3);
    const page = (await call("GET", "/audit?offset=1&limit=2", admin)).json();
    expect(page.items.map((e: { id: string }) => e.id)).toEqual(all.items.slice(1, 3).map((e: { id: string }) => e.id));
    const logins = (await call("GET", "/audit?action=user.login", admin)).json();
    expect(logins.total).toBeGreaterThanOrEqual(2);
    expect(logins.items.every((e: { action: string }) => e.action === "user.login")).toBe(true);
    const byEntity = (
      await call("GET", `/audit?entityId=${encodeURIComponent(EMMA.orderIds.delivered)}`, admin)
    ).json();
    expect(byEntity.total).toBeGreaterThan(0);
    expect(byEntity.items.every((e: { entityId: string }) => e.entityId === EMMA.orderIds.delivered)).toBe(true);
    const future = new Date(Date.now() + 3_600_000).toISOString();
    expect((await call("GET", `/audit?since=${future}`, admin)).json().total).toBe(0);
    expect((await call("GET", "/audit?since=yesterday", admin)).statusCode).toBe(400);
  });
});
