import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Customer } from "../../../src/domain/shop/customer.js";
import type { Order } from "../../../src/domain/shop/order.js";
import { ADMIN, AGENT, createTestApp, type TestApp } from "../fixtures/test-app.js";

const customer: Customer = {
  id: "sara_doe_1",
  firstName: "Sara",
  lastName: "Doe",
  email: "sara@example.com",
  locale: "en",
  defaultAddress: { line1: "1 Main St", line2: "", city: "Austin", state: "TX", zip: "78701", country: "US" },
  addresses: [],
  paymentMethods: [],
};
const order: Order = {
  id: "#W0000001",
  customerId: customer.id,
  status: "delivered",
  currency: "USD",
  address: customer.defaultAddress,
  items: [{ productId: "p1", variantId: "v1", name: "T-shirt", options: {}, priceCents: 1999 }],
  fulfillments: [],
  payments: [],
  itemsChangedOnce: false,
  version: 0,
};

describe("auth and roles", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ loginRateLimit: 5 });
  });
  afterEach(async () => t.close());

  it("logs in, returns the user without its hash, and /auth/me works until logout", async () => {
    const res = await t.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: ADMIN });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.user).toMatchObject({ email: ADMIN.email, role: "admin" });
    expect(JSON.stringify(body)).not.toContain("scrypt");
    const headers = { authorization: `Bearer ${body.token}` };
    const me = await t.app.inject({ method: "GET", url: "/api/v1/auth/me", headers });
    expect(me.json().user.email).toBe(ADMIN.email);
    expect((await t.app.inject({ method: "POST", url: "/api/v1/auth/logout", headers })).statusCode).toBe(200);
    const after = await t.app.inject({ method: "GET", url: "/api/v1/auth/me", headers });
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe("UNAUTHENTICATED");
    const audit = await t.store.audit.list({ action: "user.login" });
    expect(audit.total).toBe(1);
  });

  it("rejects a wrong password with 401 INVALID_CREDENTIALS and rate-limits with 429", async () => {
    const bad = { email: ADMIN.email, password: "nope-nope" };
    const first = await t.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: bad });
    expect(first.statusCode).toBe(401);
    expect(first.json().error.code).toBe("INVALID_CREDENTIALS");
    let last = first;
    for (let i = 0; i < 6; i++) last = await t.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: bad });
    expect(last.statusCode).toBe(429);
    expect(last.json().error.code).toBe("RATE_LIMITED");
  });

  it("lets an admin create users but not an agent", async () => {
    const admin = await t.login(ADMIN);
    const agent = await t.login(AGENT);
    const newUser = { email: "new@test.local", name: "New", role: "agent", password: "password-1" };
    const denied = await t.app.inject({ method: "POST", url: "/api/v1/users", headers: agent, payload: newUser });
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.code).toBe("FORBIDDEN");
    const created = await t.app.inject({ method: "POST", url: "/api/v1/users", headers: admin, payload: newUser });
    expect(created.statusCode).toBe(201);
    expect(created.json()).not.toHaveProperty("passwordHash");
    const again = await t.app.inject({ method: "POST", url: "/api/v1/users", headers: admin, payload: newUser });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("ALREADY_EXISTS");
    expect((await t.app.inject({ method: "GET", url: "/api/v1/audit", headers: agent })).statusCode).toBe(403);
    const audit = await t.app.inject({ method: "GET", url: "/api/v1/audit?action=user.create", headers: admin });
    expect(audit.json().total).toBe(3);
  });

  it("a disabled user can no longer log in or use an old session", async () => {
    const admin = await t.login(ADMIN);
    const agent = await t.login(AGENT);
    const users = (await t.app.inject({ method: "GET", url: "/api/v1/users", headers: admin })).json();
    const agentId = users.items.find((u: { email: string }) => u.email === AGENT.email).id;
    const patched = await t.app.inject({
      method: "PATCH",
      url: `/api/v1/users/${agentId}`,
      headers: admin,
      payload: { disabled: true },
    });
    expect(patched.json().disabled).toBe(true);
    expect((await t.app.inject({ method: "GET", url: "/api/v1/auth/me", headers: agent })).statusCode).toBe(401);
    const login = await t.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: AGENT });
    expect(login.statusCode).toBe(401);
  });

  it("keeps staff routes from anonymous callers and shoppers", async () => {
    const anon = await t.app.inject({ method: "GET", url: "/api/v1/conversations" });
    expect(anon.statusCode).toBe(401);
    const opened = (await t.app.inject({ method: "POST", url: "/api/v1/widget/conversations", payload: {} })).json();
    const shopper = { authorization: `Bearer ${opened.token}` };
    const res = await t.app.inject({ method: "GET", url: "/api/v1/orders", headers: shopper });
    expect(res.statusCode).toBe(403);
    const forged = { authorization: `Bearer ${opened.token.slice(0, -2)}xx` };
    expect((await t.app.inject({ method: "GET", url: "/api/v1/widget/orders", headers: forged })).statusCode).toBe(401);
  });

  it("a shopper token never reads another conversation, nor orders before verification", async () => {
    const a = (await t.app.inject({ method: "POST", url: "/api/v1/widget/conversations", payload: {} })).json();
    const b = (await t.app.inject({ method: "POST", url: "/api/v1/widget/conversations", payload: {} })).json();
    const asA = { authorization: `Bearer ${a.token}` };
    for (const url of [
      `/api/v1/widget/conversations/${b.conversation.id}`,
      `/api/v1/widget/conversations/${b.conversation.id}/messages`,
    ]) {
      const res = await t.app.inject({ method: "GET", url, headers: asA });
      expect(res.statusCode).toBe(404);
    }
    const post = await t.app.inject({
      method: "POST",
      url: `/api/v1/widget/conversations/${b.conversation.id}/messages`,
      headers: asA,
      payload: { text: "hi", clientMessageId: "c1" },
    });
    expect(post.statusCode).toBe(404);
    expect(await t.store.messages.listSince(b.conversation.id, 0)).toHaveLength(1);

    await t.store.customers.upsert(customer);
    await t.store.orders.upsert(order);
    const before = await t.app.inject({ method: "GET", url: "/api/v1/widget/orders", headers: asA });
    expect(before.statusCode).toBe(403);
    expect(before.json().error.code).toBe("IDENTITY_NOT_VERIFIED");
    const conv = await t.store.conversations.get(a.conversation.id);
    if (!conv) throw new Error("missing conversation");
    await t.store.conversations.update({ ...conv, verifiedCustomerId: customer.id });
    const after = await t.app.inject({ method: "GET", url: "/api/v1/widget/orders", headers: asA });
    expect(after.statusCode).toBe(200);
    expect(after.json().items.map((o: Order) => o.id)).toEqual([order.id]);
    const asB = { authorization: `Bearer ${b.token}` };
    expect((await t.app.inject({ method: "GET", url: "/api/v1/widget/orders", headers: asB })).statusCode).toBe(403);
  });
});
