import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ADMIN, createTestApp, type TestApp } from "../fixtures/test-app.js";

describe("idempotency and error mapping", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(async () => t.close());

  it("replays the first response for the same key and body, and 409s for another body", async () => {
    const admin = await t.login(ADMIN);
    const headers = { ...admin, "idempotency-key": "key-1" };
    const article = { locale: "en", title: "Shipping", body: "We ship in 2 days.", tags: ["shipping"] };
    const first = await t.app.inject({ method: "POST", url: "/api/v1/kb", headers, payload: article });
    expect(first.statusCode).toBe(201);
    const second = await t.app.inject({ method: "POST", url: "/api/v1/kb", headers, payload: article });
    expect(second.statusCode).toBe(201);
    expect(second.headers["idempotent-replayed"]).toBe("true");
    expect(second.json()).toEqual(first.json());
    expect(await t.store.kb.all()).toHaveLength(1);

    const other = await t.app.inject({
      method: "POST",
      url: "/api/v1/kb",
      headers,
      payload: { ...article, title: "Returns" },
    });
    expect(other.statusCode).toBe(409);
    expect(other.json().error.code).toBe("IDEMPOTENCY_KEY_REUSED");

    // The same key from another caller is a different scope.
    const opened = await t.app.inject({
      method: "POST",
      url: "/api/v1/widget/conversations",
      headers: { "idempotency-key": "key-1" },
      payload: {},
    });
    expect(opened.statusCode).toBe(201);
  });

  it("concurrent requests with one key run once", async () => {
    const headers = { "idempotency-key": "open-1" };
    const results = await Promise.all(
      [0, 1, 2].map(() => t.app.inject({ method: "POST", url: "/api/v1/widget/conversations", headers, payload: {} })),
    );
    const ids = new Set(results.map((r) => r.json().conversation.id));
    expect(ids.size).toBe(1);
    expect((await t.store.conversations.list({})).total).toBe(1);
  });

  it("answers bad input with 400 VALIDATION_FAILED and a message", async () => {
    const admin = await t.login(ADMIN);
    const cases = [
      { method: "POST" as const, url: "/api/v1/auth/login", payload: { email: "x" } },
      { method: "POST" as const, url: "/api/v1/kb", headers: admin, payload: { locale: "fr", title: "", body: "x" } },
      { method: "GET" as const, url: "/api/v1/orders?limit=0", headers: admin },
      { method: "GET" as const, url: "/api/v1/conversations?status=nope", headers: admin },
      { method: "POST" as const, url: "/api/v1/widget/conversations", payload: { locale: "de" } },
    ];
    for (const c of cases) {
      const res = await t.app.inject(c);
      expect(res.statusCode, c.url).toBe(400);
      expect(res.json().error.code).toBe("VALIDATION_FAILED");
      expect(res.json().error.message.length).toBeGreaterThan(0);
    }
    const badJson = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      headers: { "content-type": "application/json" },
      payload: "{nope",
    });
    expect(badJson.statusCode).toBe(400);
    expect(badJson.json().error.code).toBe("VALIDATION_FAILED");
  });

  it("accepts action POSTs with a JSON content type and no body", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/widget/conversations",
      headers: { "content-type": "application/json" },
      payload: "",
    });
    expect(res.statusCode).toBe(201);
  });

  it("maps missing things to 404 codes and unknown API paths to JSON 404", async () => {
    const admin = await t.login(ADMIN);
    const order = await t.app.inject({ method: "GET", url: "/api/v1/orders/nope", headers: admin });
    expect(order.statusCode).toBe(404);
    expect(order.json().error.code).toBe("ORDER_NOT_FOUND");
    const conv = await t.app.inject({ method: "POST", url: "/api/v1/conversations/nope/resolve", headers: admin });
    expect(conv.json().error.code).toBe("CONVERSATION_NOT_FOUND");
    const unknown = await t.app.inject({ method: "GET", url: "/api/v1/nothing-here" });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe("NOT_FOUND");
  });

  it("hides internal errors behind 500 INTERNAL", async () => {
    const admin = await t.login(ADMIN);
    t.store.kb.all = async () => {
      throw new Error("disk on fire at /secret/path");
    };
    const res = await t.app.inject({ method: "GET", url: "/api/v1/kb", headers: admin });
    expect(res.statusCode).toBe(500);
    expect(res.json().error.code).toBe("INTERNAL");
    expect(res.body).not.toContain("secret");
  });

  it("serves the OpenAPI document generated from the zod schemas", async () => {
    const res = await t.app.inject({ method: "GET", url: "/docs/json" });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.paths["/api/v1/widget/conversations/{id}/messages"].post.requestBody).toBeDefined();
  });
});
