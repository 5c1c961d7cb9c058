import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { registeredRoutes } from "../http/registered-routes.js";
import type { TargetName } from "../storage/store-targets.js";
import { CALLERS, type Caller, EMMA, LI_NA, type MatrixApp, startMatrixApp } from "./matrix-app.js";

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
/** One status per caller, in CALLERS order: none, forged, shopperA, shopperB, agent, admin, disabled, loggedOut. */
type Statuses = [number, number, number, number, number, number, number, number];

interface Cell {
  /** Path under /api/v1 with A's resources filled in. */
  path: (r: Resources) => string;
  body?: (caller: Caller) => unknown;
  expect: Statuses;
}

interface Resources {
  conversationA: string;
  afterSalesId: string;
  kbId: string;
  agentId: string;
  /** A photo shopper A attached in their conversation. */
  attachmentA: string;
}

// Column shorthands. Staff routes: 401 without a live staff session, 403 for shopper tokens.
const staff = (agent: number, admin = agent): Statuses => [401, 401, 403, 403, agent, admin, 401, 401];
const adminOnly = (admin: number): Statuses => [401, 401, 403, 403, 403, admin, 401, 401];
/** Shopper routes: staff tokens are 403; shopper B asking for A's conversation gets 404 (ids cannot be probed). */
const shopper = (a: number, b: number): Statuses => [401, 401, a, b, 403, 403, 401, 401];
const anyone = (status: number): Statuses => [status, status, status, status, status, status, status, status];

const order = (key: keyof typeof EMMA.orderIds) => encodeURIComponent(EMMA.orderIds[key]);
/** A body no schema accepts: authorized callers get 400, so the cell still proves the role check ran first. */
const NOT_AN_OBJECT = () => ["matrix"];

/**
 * The expected status of every registered /api/v1 route for every caller. Rows run top to bottom,
 * callers left to right, so writes by the agent are seen by the admin's call after it; logout is last.
 */
const MATRIX: Record<string, Cell> = {
  "POST /api/v1/auth/login": {
    path: () => "/auth/login",
    body: () => ({ email: "nobody@matrix.local", password: "wrong-password" }),
    expect: anyone(401),
  },
  "GET /api/v1/auth/me": { path: () => "/auth/me", expect: staff(200) },
  "GET /api/v1/audit": { path: () => "/audit", expect: adminOnly(200) },
  "GET /api/v1/after-sales": { path: () => "/after-sales", expect: staff(200) },
  "GET /api/v1/after-sales/{id}": { path: (r) => `/after-sales/${r.afterSalesId}`, expect: staff(200) },
  "POST /api/v1/after-sales/{id}/approve": {
    path: (r) => `/after-sales/${r.afterSalesId}/approve`,
    body: () => ({ note: "matrix" }),
    expect: staff(200),
  },
  "POST /api/v1/after-sales/{id}/reject": {
    path: (r) => `/after-sales/${r.afterSalesId}/reject`,
    body: () => ({ note: "matrix" }),
    expect: staff(409),
  },
  "POST /api/v1/widget/conversations": { path: () => "/widget/conversations", body: () => ({}), expect: anyone(201) },
  "GET /api/v1/widget/conversations/{id}": {
    path: (r) => `/widget/conversations/${r.conversationA}`,
    expect: shopper(200, 404),
  },
  "GET /api/v1/widget/conversations/{id}/messages": {
    path: (r) => `/widget/conversations/${r.conversationA}/messages`,
    expect: shopper(200, 404),
  },
  "POST /api/v1/widget/conversations/{id}/messages": {
    path: (r) => `/widget/conversations/${r.conversationA}/messages`,
    body: (caller) => ({ text: "hello", clientMessageId: `matrix-widget-${caller}` }),
    expect: shopper(201, 404),
  },
  "POST /api/v1/widget/conversations/{id}/csat": {
    path: (r) => `/widget/conversations/${r.conversationA}/csat`,
    body: () => ({ rating: 5 }),
    expect: shopper(200, 404),
  },
  "GET /api/v1/widget/orders": { path: () => "/widget/orders", expect: shopper(200, 200) },
  // A JSON body is no image: shopper A gets 415 after the role check, B 404 for A's conversation.
  "POST /api/v1/widget/conversations/{id}/attachments": {
    path: (r) => `/widget/conversations/${r.conversationA}/attachments?clientMessageId=matrix-upload`,
    body: () => ({ not: "a file" }),
    expect: shopper(415, 404),
  },
  "GET /api/v1/widget/availability": { path: () => "/widget/availability", expect: anyone(200) },
  "POST /api/v1/widget/conversations/{id}/offline-contact": {
    path: (r) => `/widget/conversations/${r.conversationA}/offline-contact`,
    body: () => ({ email: "shopper@matrix.local" }),
    expect: shopper(200, 404),
  },
  "GET /api/v1/settings/availability": { path: () => "/settings/availability", expect: adminOnly(200) },
  "PUT /api/v1/settings/availability": {
    path: () => "/settings/availability",
    body: NOT_AN_OBJECT,
    expect: adminOnly(400),
  },
  // Shopper A and staff read A's file; shopper B gets 404, as for any file not theirs.
  "GET /api/v1/attachments/{id}": {
    path: (r) => `/attachments/${r.attachmentA}`,
    expect: [401, 401, 200, 404, 200, 200, 401, 401],
  },
  "GET /api/v1/widget/recommendations": { path: () => "/widget/recommendations", expect: shopper(200, 200) },
  "POST /api/v1/widget/followups/opt-out": {
    path: () => "/widget/followups/opt-out",
    body: () => ({ optOut: false }),
    expect: shopper(200, 200),
  },
  "GET /api/v1/conversations": { path: () => "/conversations", expect: staff(200) },
  "GET /api/v1/conversations/{id}": { path: (r) => `/conversations/${r.conversationA}`, expect: staff(200) },
  "GET /api/v1/conversations/{id}/messages": {
    path: (r) => `/conversations/${r.conversationA}/messages`,
    expect: staff(200),
  },
  "POST /api/v1/conversations/{id}/messages": {
    path: (r) => `/conversations/${r.conversationA}/messages`,
    body: (caller) => ({ text: "internal note", clientMessageId: `matrix-staff-${caller}`, internal: true }),
    expect: staff(201),
  },
  "POST /api/v1/conversations/{id}/assign": {
    path: (r) => `/conversations/${r.conversationA}/assign`,
    body: () => ({}),
    expect: staff(200),
  },
  "POST /api/v1/conversations/{id}/handback": {
    path: (r) => `/conversations/${r.conversationA}/handback`,
    expect: staff(200),
  },
  "POST /api/v1/conversations/{id}/resolve": {
    path: (r) => `/conversations/${r.conversationA}/resolve`,
    expect: staff(200),
  },
  "POST /api/v1/conversations/{id}/reopen": {
    path: (r) => `/conversations/${r.conversationA}/reopen`,
    expect: staff(200),
  },
  "POST /api/v1/conversations/{id}/transfer": {
    path: (r) => `/conversations/${r.conversationA}/transfer`,
    body: () => ({ queue: true, note: "matrix" }),
    expect: staff(200),
  },
  "GET /api/v1/staff/directory": { path: () => "/staff/directory", expect: staff(200) },
  "GET /api/v1/search": { path: () => "/search?q=refund", expect: staff(200) },
  "GET /api/v1/conversations/{id}/llm-usage": {
    path: (r) => `/conversations/${r.conversationA}/llm-usage`,
    expect: staff(200),
  },
  "GET /api/v1/customers": { path: () => "/customers", expect: staff(200) },
  "GET /api/v1/customers/{id}": { path: () => `/customers/${EMMA.id}`, expect: staff(200) },
  "GET /api/v1/handoffs": { path: () => "/handoffs", expect: staff(200) },
  "GET /api/v1/orders": { path: () => "/orders", expect: staff(200) },
  "GET /api/v1/orders/{id}": { path: () => `/orders/${order("pending")}`, expect: staff(200) },
  "GET /api/v1/orders/{id}/eligibility": { path: () => `/orders/${order("pending")}/eligibility`, expect: staff(200) },
  "POST /api/v1/orders/{id}/exchange": {
    path: () => `/orders/${order("delivered")}/exchange`,
    body: NOT_AN_OBJECT,
    expect: staff(400),
  },
  "POST /api/v1/orders/{id}/return": {
    path: () => `/orders/${order("delivered")}/return`,
    body: () => ({ itemIndexes: [0], refundMethodId: EMMA.paymentMethodIds.credit_card }),
    expect: staff(200),
  },
  "POST /api/v1/orders/{id}/modify-items": {
    path: () => `/orders/${order("pending")}/modify-items`,
    body: NOT_AN_OBJECT,
    expect: staff(400),
  },
  "POST /api/v1/orders/{id}/address": {
    path: () => `/orders/${order("pending")}/address`,
    body: NOT_AN_OBJECT,
    expect: staff(400),
  },
  "POST /api/v1/orders/{id}/payment": {
    path: () => `/orders/${order("pending")}/payment`,
    body: NOT_AN_OBJECT,
    expect: staff(400),
  },
  "POST /api/v1/orders/{id}/cancel": {
    path: () => `/orders/${order("pending")}/cancel`,
    body: () => ({ reason: "no longer needed" }),
    expect: staff(200),
  },
  "GET /api/v1/products": { path: () => "/products", expect: staff(200) },
  "GET /api/v1/products/{id}": { path: () => "/products/no-such-product", expect: staff(404) },
  "GET /api/v1/kb": { path: () => "/kb", expect: staff(200) },
  "POST /api/v1/kb": {
    path: () => "/kb",
    body: () => ({ id: "matrix-kb", locale: "en", title: "Matrix", body: "Matrix article", tags: [] }),
    expect: adminOnly(201),
  },
  "GET /api/v1/canned-replies": { path: () => "/canned-replies?locale=zh", expect: staff(200) },
  // Not an object: the admin gets 400 after the role check, so nothing is created by the matrix.
  "POST /api/v1/canned-replies": { path: () => "/canned-replies", body: NOT_AN_OBJECT, expect: adminOnly(400) },
  "PUT /api/v1/canned-replies/{id}": {
    path: () => "/canned-replies/canned-en-wait",
    body: () => ({ locale: "en", shortcut: "wait", title: "One moment", body: "One moment please.", actions: [] }),
    expect: adminOnly(200),
  },
  "DELETE /api/v1/canned-replies/{id}": { path: () => "/canned-replies/canned-en-wait", expect: adminOnly(200) },
  // Shoppers search the KB from the widget; staff from the console.
  "GET /api/v1/kb/search": { path: () => "/kb/search?q=return", expect: [401, 401, 200, 200, 200, 200, 401, 401] },
  "GET /api/v1/kb/{id}": { path: (r) => `/kb/${r.kbId}`, expect: staff(200) },
  "PUT /api/v1/kb/{id}": {
    path: () => "/kb/matrix-kb",
    body: () => ({ locale: "en", title: "Matrix 2", body: "Matrix article", tags: [] }),
    expect: adminOnly(200),
  },
  "DELETE /api/v1/kb/{id}": { path: () => "/kb/matrix-kb", expect: adminOnly(200) },
  "GET /api/v1/users": { path: () => "/users", expect: adminOnly(200) },
  "POST /api/v1/users": {
    path: () => "/users",
    body: () => ({ email: "new@matrix.local", name: "New", role: "agent", password: "new-password-1" }),
    expect: adminOnly(201),
  },
  "PATCH /api/v1/users/{id}": {
    path: (r) => `/users/${r.agentId}`,
    body: () => ({ name: "Agent" }),
    expect: adminOnly(200),
  },
  "GET /api/v1/settings/policy": { path: () => "/settings/policy", expect: adminOnly(200) },
  "PUT /api/v1/settings/policy": { path: () => "/settings/policy", body: NOT_AN_OBJECT, expect: adminOnly(400) },
  "GET /api/v1/settings/identity": { path: () => "/settings/identity", expect: adminOnly(200) },
  "PUT /api/v1/settings/identity": { path: () => "/settings/identity", body: NOT_AN_OBJECT, expect: adminOnly(400) },
  "POST /api/v1/settings/identity/rotate-secret": {
    path: () => "/settings/identity/rotate-secret",
    expect: adminOnly(200),
  },
  "GET /api/v1/insights/reviews": { path: () => "/insights/reviews", expect: staff(200) },
  "GET /api/v1/insights/reviews/summary": { path: () => "/insights/reviews/summary", expect: staff(200) },
  "POST /api/v1/insights/reviews/import": {
    path: () => "/insights/reviews/import",
    body: NOT_AN_OBJECT,
    expect: adminOnly(400),
  },
  "GET /api/v1/insights/recommendations/{customerId}": {
    path: () => `/insights/recommendations/${EMMA.id}`,
    expect: staff(200),
  },
  "GET /api/v1/insights/risk": { path: () => "/insights/risk", expect: staff(200) },
  "POST /api/v1/insights/risk/train": {
    path: () => "/insights/risk/train",
    body: NOT_AN_OBJECT,
    expect: adminOnly(400),
  },
  "GET /api/v1/insights/risk/{orderId}": { path: () => `/insights/risk/${order("pending")}`, expect: staff(200) },
  "GET /api/v1/insights/followups/rules": { path: () => "/insights/followups/rules", expect: adminOnly(200) },
  "PUT /api/v1/insights/followups/rules": {
    path: () => "/insights/followups/rules",
    body: NOT_AN_OBJECT,
    expect: adminOnly(400),
  },
  "GET /api/v1/insights/followups/opt-outs": { path: () => "/insights/followups/opt-outs", expect: adminOnly(200) },
  "PUT /api/v1/insights/followups/opt-outs/{customerId}": {
    path: () => `/insights/followups/opt-outs/${LI_NA.id}`,
    body: () => ({ optOut: true }),
    expect: adminOnly(200),
  },
  "GET /api/v1/insights/followups/jobs": { path: () => "/insights/followups/jobs", expect: staff(200) },
  "GET /api/v1/metrics/service": { path: () => "/metrics/service", expect: staff(200) },
  "GET /api/v1/metrics/service/comparison": { path: () => "/metrics/service/comparison", expect: staff(200) },
  "GET /api/v1/metrics/service/export/{table}": { path: () => "/metrics/service/export/summary", expect: staff(200) },
  "GET /api/v1/insights/reviews/export/{table}": {
    path: () => "/insights/reviews/export/products",
    expect: staff(200),
  },
  "GET /api/v1/insights/reviews/analyze": { path: () => "/insights/reviews/analyze", expect: adminOnly(200) },
  "POST /api/v1/insights/reviews/analyze": { path: () => "/insights/reviews/analyze", expect: adminOnly(202) },
  "GET /api/v1/models": { path: () => "/models", expect: adminOnly(200) },
  "POST /api/v1/models/{task}/train": {
    path: () => "/models/intent/train",
    body: NOT_AN_OBJECT,
    expect: adminOnly(400),
  },
  "POST /api/v1/models/{task}/versions/{version}/evaluate": {
    path: () => "/models/intent/versions/v-missing/evaluate",
    body: NOT_AN_OBJECT,
    expect: adminOnly(400),
  },
  "POST /api/v1/models/{task}/versions/{version}/activate": {
    path: () => "/models/intent/versions/v-missing/activate",
    expect: adminOnly(404),
  },
  "GET /api/v1/webhooks": { path: () => "/webhooks", expect: adminOnly(200) },
  "POST /api/v1/webhooks": { path: () => "/webhooks", body: NOT_AN_OBJECT, expect: adminOnly(400) },
  "PATCH /api/v1/webhooks/{id}": { path: () => "/webhooks/wh-missing", body: NOT_AN_OBJECT, expect: adminOnly(400) },
  "DELETE /api/v1/webhooks/{id}": { path: () => "/webhooks/wh-missing", expect: adminOnly(404) },
  "POST /api/v1/webhooks/{id}/rotate-secret": {
    path: () => "/webhooks/wh-missing/rotate-secret",
    expect: adminOnly(404),
  },
  "POST /api/v1/webhooks/{id}/test": { path: () => "/webhooks/wh-missing/test", expect: adminOnly(404) },
  "GET /api/v1/webhooks/{id}/deliveries": { path: () => "/webhooks/wh-missing/deliveries", expect: adminOnly(404) },
  "POST /api/v1/webhook-deliveries/{id}/replay": {
    path: () => "/webhook-deliveries/whd-missing/replay",
    expect: adminOnly(404),
  },
  "GET /api/v1/platform": { path: () => "/platform", expect: adminOnly(200) },
  "PUT /api/v1/platform": { path: () => "/platform", body: NOT_AN_OBJECT, expect: adminOnly(400) },
  // Nothing is connected in the matrix shop: a sync has nothing to read, a reconcile nothing to repair.
  "POST /api/v1/platform/sync": { path: () => "/platform/sync", expect: adminOnly(404) },
  "POST /api/v1/platform/reconcile": { path: () => "/platform/reconcile", expect: adminOnly(200) },
  "DELETE /api/v1/platform": { path: () => "/platform", expect: adminOnly(200) },
  // Platform webhooks authenticate by signature alone: no connection, no valid signature, for every caller.
  "POST /api/v1/platform/webhooks/shopify": {
    path: () => "/platform/webhooks/shopify",
    body: () => ({ id: 1 }),
    expect: anyone(401),
  },
  "POST /api/v1/platform/webhooks/woocommerce": {
    path: () => "/platform/webhooks/woocommerce",
    body: () => ({ id: 1 }),
    expect: anyone(401),
  },
  "GET /api/v1/channels": { path: () => "/channels", expect: adminOnly(200) },
  "PUT /api/v1/channels/email": { path: () => "/channels/email", body: NOT_AN_OBJECT, expect: adminOnly(400) },
  "PUT /api/v1/channels/wechat": { path: () => "/channels/wechat", body: NOT_AN_OBJECT, expect: adminOnly(400) },
  "DELETE /api/v1/channels/{kind}": { path: () => "/channels/email", expect: adminOnly(200) },
  // The WeChat callback authenticates by signature alone; with no channel connected there is nothing to answer.
  "GET /api/v1/channels/wechat/callback": {
    path: () => "/channels/wechat/callback?timestamp=1&nonce=n&signature=s&echostr=e",
    expect: anyone(404),
  },
  "POST /api/v1/channels/wechat/callback": {
    path: () => "/channels/wechat/callback?timestamp=1&nonce=n&signature=s",
    body: () => ({ id: 1 }),
    expect: anyone(404),
  },
  // Last: it ends the agent's and the admin's sessions.
  "POST /api/v1/auth/logout": { path: () => "/auth/logout", expect: staff(200) },
};

/** What each caller sees on the socket: the upgrade status, then the answer to a resume of A's conversation. */
const SOCKET: Record<Caller, { upgrade: number; resume?: string; queue?: string }> = {
  none: { upgrade: 401 },
  forged: { upgrade: 401 },
  shopperA: { upgrade: 101, resume: "resumed", queue: "FORBIDDEN" },
  shopperB: { upgrade: 101, resume: "CONVERSATION_NOT_FOUND", queue: "FORBIDDEN" },
  agent: { upgrade: 101, resume: "resumed", queue: "ok" },
  admin: { upgrade: 101, resume: "resumed", queue: "ok" },
  disabled: { upgrade: 401 },
  loggedOut: { upgrade: 401 },
};

interface SocketOutcome {
  upgrade: number;
  resume?: string;
  queue?: string;
}

/** Connects with the caller's token; when open, sends a resume of A's conversation and a queue subscription. */
async function probeSocket(s: MatrixApp, token: string | undefined): Promise<SocketOutcome> {
  const query = token === undefined ? "" : `?token=${encodeURIComponent(token)}`;
  const socket = new WebSocket(`${s.url.replace("http", "ws")}/api/v1/ws${query}`);
  const frames: Array<{ type: string; error?: { code: string } }> = [];
  socket.on("message", (data) => frames.push(JSON.parse(String(data))));
  const upgrade = await new Promise<number>((resolve, reject) => {
    socket.on("open", () => resolve(101));
    socket.on("unexpected-response", (_req, res) => resolve(res.statusCode ?? 0));
    socket.on("error", reject);
  });
  if (upgrade !== 101) return { upgrade };
  const next = async (): Promise<{ type: string; error?: { code: string } }> => {
    for (let i = 0; i < 100 && frames.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    const frame = frames.shift();
    if (!frame) throw new Error("no frame from the socket");
    return frame;
  };
  const answer = (frame: { type: string; error?: { code: string } }) =>
    frame.type === "error" ? (frame.error?.code ?? "error") : frame.type;
  socket.send(JSON.stringify({ type: "resume", conversationId: s.conversationA, afterSeq: 0 }));
  let resume = await next();
  while (resume.type === "message") resume = await next();
  socket.send(JSON.stringify({ type: "subscribe_queue" }));
  // subscribe_queue has no answer of its own: an error frame before the pong of a later ping means refused.
  await new Promise((r) => setTimeout(r, 100));
  socket.send(JSON.stringify({ type: "ping" }));
  let queue = "ok";
  for (let frame = await next(); frame.type !== "pong"; frame = await next()) {
    if (frame.type === "error") queue = answer(frame);
  }
  socket.close();
  return { upgrade, resume: answer(resume), queue };
}

/** Shopper A attaches a tiny PNG; its id is the row's resource. */
async function uploadPhotoAsShopperA(s: MatrixApp): Promise<string> {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
  const res = await s.app.inject({
    method: "POST",
    url: `/api/v1/widget/conversations/${s.conversationA}/attachments?filename=a.png&clientMessageId=matrix-photo`,
    headers: { authorization: `Bearer ${s.tokens.shopperA}`, "content-type": "image/png" },
    payload: png,
  });
  if (res.statusCode !== 201) throw new Error(`matrix upload failed: ${res.body}`);
  return String(res.json().attachment.id);
}

for (const target of ["sqlite", "postgres"] satisfies TargetName[]) {
  describe(`authorization matrix on ${target}`, () => {
    let s: MatrixApp;
    let resources: Resources;

    beforeAll(async () => {
      s = await startMatrixApp(target);
      const requested = await s.store.afterSales.list({ status: "requested", offset: 0, limit: 1 });
      const kb = await s.store.kb.all();
      resources = {
        conversationA: s.conversationA,
        afterSalesId: requested.items[0]?.id ?? "missing",
        kbId: kb[0]?.id ?? "missing",
        agentId: s.ids.agent,
        attachmentA: await uploadPhotoAsShopperA(s),
      };
    }, 120_000);
    afterAll(async () => s?.close());

    it("lists every registered route in the matrix, and nothing else", () => {
      const routes = registeredRoutes(s.app.printRoutes({ commonPrefix: false })).filter(
        (r) => r.startsWith("GET /api/v1/ws") === false && r.includes(" /api/v1/"),
      );
      expect(routes.filter((r) => !(r in MATRIX))).toEqual([]);
      expect(Object.keys(MATRIX).filter((r) => !routes.includes(r))).toEqual([]);
    });

    it("answers every caller on the WebSocket as in the table: upgrade, a resume of A's chat, the queue", async () => {
      const seen: Record<string, SocketOutcome> = {};
      for (const caller of CALLERS) {
        seen[caller] = await probeSocket(s, caller === "none" ? undefined : s.tokens[caller]);
      }
      expect(seen).toEqual(SOCKET);
    }, 60_000);
    it("answers every route × caller over HTTP with the status in the table, in the documented error shape", async () => {
      const mismatches: string[] = [];
      let cells = 0;
      for (const [route, cell] of Object.entries(MATRIX)) {
        const [method = "GET", pattern = ""] = route.split(" ");
        for (const [i, caller] of CALLERS.entries()) {
          const token = caller === "none" ? undefined : s.tokens[caller];
          const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
          if (cell.body) headers["content-type"] = "application/json";
          const res = await s.app.inject({
            method: method as Method,
            url: `/api/v1${cell.path(resources)}`,
            headers,
            ...(cell.body ? { payload: JSON.stringify(cell.body(caller)) } : {}),
          });
          cells += 1;
          const expected = cell.expect[i];
          if (res.statusCode !== expected)
            mismatches.push(
              `${route} ${pattern} as ${caller}: ${res.statusCode} (expected ${expected}) ${res.body.slice(0, 160)}`,
            );
          if (res.statusCode >= 400) {
            const error = res.json().error;
            if (typeof error?.code !== "string" || typeof error?.message !== "string") {
              mismatches.push(
                `${route} as ${caller}: error body not in the documented shape: ${res.body.slice(0, 160)}`,
              );
            }
          }
        }
      }
      expect(mismatches).toEqual([]);
      expect(cells).toBe(Object.keys(MATRIX).length * CALLERS.length);
    }, 120_000);
  });
}
