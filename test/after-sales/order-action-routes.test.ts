import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CHINA_POLICY, TAU2_POLICY } from "../../src/domain/policy/shop-policy.js";
import { parseEligibility } from "../../web/src/console/eligibility.js";
import { ADMIN, AGENT, createTestApp, type TestApp } from "../integration/fixtures/test-app.js";
import { PRODUCTS, SHOPPER } from "./policy-fixtures.js";
import { ORDERS } from "./use-case-fixtures.js";

let t: TestApp;
let agent: { authorization: string };
const url = (path: string) => `/api/v1${path}`;
const enc = encodeURIComponent;

beforeEach(async () => {
  t = await createTestApp();
  await t.store.customers.upsert(SHOPPER);
  for (const product of PRODUCTS) await t.store.products.upsert(product);
  for (const order of [ORDERS.pending, ORDERS.delivered]) await t.store.orders.upsert(order);
  await t.store.settings.set("policy", TAU2_POLICY);
  agent = await t.login(AGENT);
});
afterEach(async () => t.close());

describe("order action routes", () => {
  it("GET /orders/:id/eligibility lists every action's decision with its rules", async () => {
    const res = await t.app.inject({
      method: "GET",
      url: url(`/orders/${enc(ORDERS.pending.id)}/eligibility`),
      headers: agent,
    });
    expect(res.statusCode).toBe(200);
    const { eligibility } = res.json();
    expect(Object.keys(eligibility).sort()).toEqual([
      "cancel",
      "exchange",
      "modify_address",
      "modify_items",
      "modify_payment",
      "return",
    ]);
    expect(eligibility.cancel).toMatchObject({
      allowed: true,
      rules: [{ rule: "cancel.status", passed: true }, {}, {}],
    });
    expect(eligibility.modify_items).toMatchObject({ allowed: true, awaitingChoice: "NOTHING_SELECTED" });
    expect(eligibility.modify_items.rules.every((r: { passed: boolean }) => r.passed)).toBe(true);
    expect(eligibility.return).toMatchObject({
      allowed: false,
      code: "ORDER_STATUS_NOT_ALLOWED",
      reason: { en: expect.any(String) },
    });
    expect(eligibility.return.rules[0]).toMatchObject({ rule: "return.status", passed: false });
    // The console's parser reads `eligibility` as { <action>: { allowed, reason } }.
    const parsed = parseEligibility(res.json(), "en");
    expect(parsed.find((e) => e.action === "return")).toMatchObject({
      allowed: false,
      reason: expect.stringContaining("delivered"),
    });
    expect(parsed.find((e) => e.action === "cancel")?.allowed).toBe(true);
  });

  it("POST /orders/:id/cancel cancels through the policy; an Idempotency-Key replays the answer", async () => {
    const headers = { ...agent, "idempotency-key": "cancel-1" };
    const payload = { reason: "no longer needed" };
    const first = await t.app.inject({
      method: "POST",
      url: url(`/orders/${enc(ORDERS.pending.id)}/cancel`),
      headers,
      payload,
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({
      order: { status: "cancelled" },
      request: { kind: "cancel", createdBy: expect.stringMatching(/^staff:/) },
    });
    const again = await t.app.inject({
      method: "POST",
      url: url(`/orders/${enc(ORDERS.pending.id)}/cancel`),
      headers,
      payload,
    });
    expect(again.statusCode).toBe(200);
    expect(again.headers["idempotent-replayed"]).toBe("true");
    const order = await t.store.orders.get(ORDERS.pending.id);
    expect(order?.payments.filter((p) => p.type === "refund")).toHaveLength(1);
  });

  it("answers a policy refusal with 422 POLICY_REFUSED, the bilingual reason and the rules", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: url(`/orders/${enc(ORDERS.delivered.id)}/cancel`),
      headers: agent,
      payload: { reason: "no longer needed" },
    });
    expect(res.statusCode).toBe(422);
    const { error } = res.json();
    expect(error.code).toBe("POLICY_REFUSED");
    expect(error.details.code).toBe("ORDER_STATUS_NOT_ALLOWED");
    expect(error.details.reason.zh).toContain("取消");
    expect(error.details.rules).toHaveLength(1);
  });

  it("return, then approve from the after-sales queue", async () => {
    const ret = await t.app.inject({
      method: "POST",
      url: url(`/orders/${enc(ORDERS.delivered.id)}/return`),
      headers: agent,
      payload: { itemIndexes: [1], refundMethodId: "credit_card_7" },
    });
    expect(ret.statusCode).toBe(200);
    const requestId = ret.json().request.id;
    const approve = await t.app.inject({
      method: "POST",
      url: url(`/after-sales/${requestId}/approve`),
      headers: agent,
    });
    expect(approve.statusCode).toBe(200);
    expect(approve.json()).toMatchObject({ request: { status: "completed" }, order: { status: "returned" } });
    const reject = await t.app.inject({
      method: "POST",
      url: url(`/after-sales/${requestId}/reject`),
      headers: agent,
      payload: { note: "late" },
    });
    expect(reject.statusCode).toBe(409);
    expect(reject.json().error.code).toBe("REQUEST_ALREADY_REVIEWED");
  });

  it("exchange, modify-items, address and payment run through the same engine", async () => {
    const exchange = await t.app.inject({
      method: "POST",
      url: url(`/orders/${enc(ORDERS.delivered.id)}/exchange`),
      headers: agent,
      payload: { itemIndexes: [0], newVariantIds: ["shirt-blue-l"], paymentMethodId: "credit_card_7" },
    });
    expect(exchange.json()).toMatchObject({ order: { status: "exchange_requested" }, request: { amountCents: -500 } });
    const address = await t.app.inject({
      method: "POST",
      url: url(`/orders/${enc(ORDERS.pending.id)}/address`),
      headers: agent,
      payload: { address: { line1: "2 Pine Rd", city: "Austin", country: "USA" } },
    });
    expect(address.json().order.address).toEqual({
      line1: "2 Pine Rd",
      line2: "",
      city: "Austin",
      state: "",
      zip: "",
      country: "USA",
    });
    const payment = await t.app.inject({
      method: "POST",
      url: url(`/orders/${enc(ORDERS.pending.id)}/payment`),
      headers: agent,
      payload: { paymentMethodId: "paypal_7" },
    });
    expect(payment.statusCode).toBe(200);
    const items = await t.app.inject({
      method: "POST",
      url: url(`/orders/${enc(ORDERS.pending.id)}/modify-items`),
      headers: agent,
      payload: { itemIndexes: [1], newVariantIds: ["lamp-black"], paymentMethodId: "paypal_7" },
    });
    expect(items.json()).toMatchObject({ order: { status: "pending_items_modified", itemsChangedOnce: true } });
  });

  it("validates bodies, needs a staff session and 404s unknown orders", async () => {
    const bad = await t.app.inject({
      method: "POST",
      url: url(`/orders/${enc(ORDERS.delivered.id)}/return`),
      headers: agent,
      payload: { itemIndexes: [-1] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe("VALIDATION_FAILED");
    const anon = await t.app.inject({
      method: "POST",
      url: url(`/orders/${enc(ORDERS.pending.id)}/cancel`),
      payload: { reason: "no longer needed" },
    });
    expect(anon.statusCode).toBe(401);
    const missing = await t.app.inject({
      method: "POST",
      url: url("/orders/nope/cancel"),
      headers: agent,
      payload: { reason: "no longer needed" },
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe("ORDER_NOT_FOUND");
    expect(
      (await t.app.inject({ method: "GET", url: url("/orders/nope/eligibility"), headers: agent })).statusCode,
    ).toBe(404);
  });
});

describe("PUT /settings/policy", () => {
  it("stores a valid policy that the engine then uses", async () => {
    const admin = await t.login(ADMIN);
    const put = await t.app.inject({
      method: "PUT",
      url: url("/settings/policy"),
      headers: admin,
      payload: CHINA_POLICY,
    });
    expect(put.statusCode).toBe(200);
    expect((await t.app.inject({ method: "GET", url: url("/settings/policy"), headers: admin })).json()).toEqual(
      CHINA_POLICY,
    );
    const cancelProcessed = await t.app.inject({
      method: "GET",
      url: url(`/orders/${enc(ORDERS.delivered.id)}/eligibility`),
      headers: agent,
    });
    expect(cancelProcessed.json().eligibility.return.rules.map((r: { rule: string }) => r.rule)).toContain(
      "return.delivery_date_known",
    );
  });

  it("rejects an invalid policy with 400 and the failing path, keeping the stored one", async () => {
    const admin = await t.login(ADMIN);
    const payload = { ...TAU2_POLICY, returnWindowDays: "seven" };
    const res = await t.app.inject({ method: "PUT", url: url("/settings/policy"), headers: admin, payload });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe("VALIDATION_FAILED");
    expect(JSON.stringify(res.json().error.details.issues)).toContain("returnWindowDays");
    expect(await t.store.settings.get("policy")).toEqual(TAU2_POLICY);
  });

  it("is admin-only; GET answers the default policy when none is stored", async () => {
    const put = await t.app.inject({
      method: "PUT",
      url: url("/settings/policy"),
      headers: agent,
      payload: TAU2_POLICY,
    });
    expect(put.statusCode).toBe(403);
    await t.store.settings.set("policy", null);
    const admin = await t.login(ADMIN);
    expect((await t.app.inject({ method: "GET", url: url("/settings/policy"), headers: admin })).json()).toEqual(
      CHINA_POLICY,
    );
  });
});
