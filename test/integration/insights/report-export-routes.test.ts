import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Conversation } from "../../../src/domain/conversation/conversation.js";
import { lexiconReviewScorer } from "../../../src/domain/insights/sentiment/review-sentiment-scorer.js";
import { insightsRouteFactories } from "../../../src/drivers/http/routes/insights-routes.js";
import { randomIds } from "../../../src/infrastructure/system/random-ids.js";
import { systemClock } from "../../../src/infrastructure/system/system-clock.js";
import { ADMIN, AGENT, createTestApp, type TestApp } from "../fixtures/test-app.js";
import { product } from "./insights-fixtures.js";

// Current period: March 2026; the previous period of the same length is January 30 – March 1.
const SINCE = "2026-03-01T00:00:00.000Z";
const UNTIL = "2026-03-31T00:00:00.000Z";
const PERIOD = `since=${encodeURIComponent(SINCE)}&until=${encodeURIComponent(UNTIL)}`;

const conversation = (id: string, createdAt: string, extra: Partial<Conversation> = {}): Conversation => ({
  id,
  channel: "widget",
  locale: "en",
  status: "resolved",
  state: {},
  createdAt,
  updatedAt: createdAt,
  lastSeq: 0,
  ...extra,
});

describe("report export, period comparison and review analysis routes", () => {
  let t: TestApp;
  let app: FastifyInstance;
  let agent: { authorization: string };
  let admin: { authorization: string };

  beforeAll(async () => {
    t = await createTestApp({
      seed: async (s) => {
        await s.products.upsert(product("mug", '=HYPERLINK("http://evil")', "kitchen", "马克杯"));
        for (const [i, at] of [
          "2026-03-02T10:00:00.000Z",
          "2026-03-05T10:00:00.000Z",
          "2026-03-09T10:00:00.000Z",
        ].entries()) {
          await s.conversations.create(conversation(`cur${i}`, at, { csat: i === 0 ? 5 : 3 }));
        }
        await s.conversations.create(conversation("prev0", "2026-02-10T10:00:00.000Z", { csat: 2 }));
        await s.handoffs.create({
          id: "h1",
          conversationId: "cur1",
          reason: "requested",
          summary: "asked for a person",
          priority: 30,
          status: "resolved",
          createdAt: "2026-03-05T10:01:00.000Z",
        });
        const reviews = [
          { id: "r1", text: "Terrible, the mug arrived broken", rating: 1 },
          { id: "r2", text: "Great mug, love it", rating: 5 },
          { id: "r3", text: "质量很好，物流很快", rating: 5 },
        ];
        for (const r of reviews) {
          await s.reviews.upsert({
            ...r,
            productId: "mug",
            category: "kitchen",
            createdAt: "2026-03-03T00:00:00.000Z",
          });
        }
      },
      extraRoutes: (s) =>
        insightsRouteFactories({
          store: s,
          clock: systemClock,
          ids: randomIds,
          reviewScorer: async () => lexiconReviewScorer,
        }),
    });
    app = t.app;
    agent = await t.login(AGENT);
    admin = await t.login(ADMIN);
  });
  afterAll(() => t.close());

  const get = (url: string, headers?: { authorization: string }) =>
    app.inject({ method: "GET", url: `/api/v1${url}`, ...(headers ? { headers } : {}) });

  it("exports a dashboard table as CSV with a BOM, CRLF lines and a download name", async () => {
    expect((await get(`/metrics/service/export/summary?${PERIOD}`)).statusCode).toBe(401);
    const res = await get(`/metrics/service/export/summary?${PERIOD}`, agent);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(res.headers["content-disposition"]).toBe('attachment; filename="kefu-summary-2026-03-01-2026-03-31.csv"');
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = res.body.slice(1).split("\r\n");
    expect(lines[0]).toBe("metric,value");
    expect(lines).toContain("conversations,3");
    expect(lines).toContain("csat_average,3.67");
    expect(lines.at(-1)).toBe("");
    const reasons = await get(`/metrics/service/export/handoff-reasons?${PERIOD}`, agent);
    expect(reasons.body.slice(1)).toBe("reason,handoffs\r\nrequested,1\r\n");
  });

  it("exports every dashboard table and refuses an unknown one", async () => {
    for (const table of ["daily", "csat", "sentiment", "intents", "agents", "followups"]) {
      const res = await get(`/metrics/service/export/${table}?${PERIOD}`, agent);
      expect(res.statusCode, table).toBe(200);
      expect(res.body.startsWith("\uFEFF"), table).toBe(true);
    }
    const bad = await get("/metrics/service/export/passwords", agent);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBeDefined();
  });

  it("compares the period with the previous one of the same length", async () => {
    const res = await get(`/metrics/service/comparison?${PERIOD}`, agent);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.previous.since).toBe("2026-01-30T00:00:00.000Z");
    expect(body.previous.until).toBe(SINCE);
    expect(body.deltas.conversations).toEqual({ current: 3, previous: 1, change: 2, relative: 2 });
    expect(body.deltas.csatAverage.previous).toBe(2);
    expect(body.deltas.csatAverage.change).toBeCloseTo(11 / 3 - 2, 10);
    expect(body.deltas.firstResponseSecondsP50).toEqual({
      current: null,
      previous: null,
      change: null,
      relative: null,
    });
  });

  it("analyses the stored reviews on an admin's request and reports progress", async () => {
    const before = (await get("/insights/reviews/summary", agent)).json();
    expect(before).toMatchObject({ analyzed: 0, overall: { count: 3 } });
    expect(before.productNames).toEqual({ mug: { name: '=HYPERLINK("http://evil")', nameZh: "马克杯" } });
    const forbidden = await app.inject({ method: "POST", url: "/api/v1/insights/reviews/analyze", headers: agent });
    expect(forbidden.statusCode).toBe(403);
    const started = await app.inject({ method: "POST", url: "/api/v1/insights/reviews/analyze", headers: admin });
    expect(started.statusCode).toBe(202);
    expect(started.json().state).toBe("running");
    let progress = started.json();
    for (let i = 0; i < 100 && progress.state === "running"; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      progress = (await get("/insights/reviews/analyze", admin)).json();
    }
    expect(progress).toMatchObject({ state: "done", done: 3, total: 3, error: null });
    expect((await get("/insights/reviews/summary", agent)).json().analyzed).toBe(3);
    // Nothing left: a second run finishes at once with nothing to do.
    await app.inject({ method: "POST", url: "/api/v1/insights/reviews/analyze", headers: admin });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await get("/insights/reviews/analyze", admin)).json()).toMatchObject({ state: "done", total: 0 });
  });

  it("exports review tables with product names, guarding formula-like text", async () => {
    const res = await get("/insights/reviews/export/products", agent);
    expect(res.statusCode).toBe(200);
    const [header, row] = res.body.slice(1).split("\r\n");
    expect(header).toBe("product_id,product,category,reviews,average_sentiment,negative,negative_share");
    expect(row?.startsWith(`mug,"'=HYPERLINK(""http://evil"")",kitchen,3,`)).toBe(true);
    for (const table of ["categories", "trend", "flagged", "aspects"]) {
      expect((await get(`/insights/reviews/export/${table}`, agent)).statusCode, table).toBe(200);
    }
    expect((await get("/insights/reviews/export/products")).statusCode).toBe(401);
  });
});
