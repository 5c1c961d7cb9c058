import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../../src/application/ports/store.js";
import { registerReviewAnalysisJob } from "../../../src/application/use-cases/insights/register-review-analysis-job.js";
import { lexiconReviewScorer } from "../../../src/domain/insights/sentiment/review-sentiment-scorer.js";
import { buildApp } from "../../../src/drivers/http/build-app.js";
import { insightsRouteFactories } from "../../../src/drivers/http/routes/insights-routes.js";
import { createBullmqJobQueue } from "../../../src/infrastructure/queue/bullmq-job-queue.js";
import { createLocalJobQueue } from "../../../src/infrastructure/queue/local-job-queue.js";
import { startInsightsJobs } from "../../../src/infrastructure/queue/start-insights-jobs.js";
import { createLocalEventBus } from "../../../src/infrastructure/realtime/event-bus-local.js";
import { silentLogger } from "../../../src/infrastructure/system/pino-logger.js";
import { randomIds } from "../../../src/infrastructure/system/random-ids.js";
import { systemClock } from "../../../src/infrastructure/system/system-clock.js";
import { ADMIN, AGENT, createTestApp, SECRET, type TestApp, testPasswords } from "../fixtures/test-app.js";

const URL = "/api/v1/insights/reviews/import";
const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";

const ROWS = [
  { id: "r-zh", productId: "mug", category: "kitchen", text: "包装破损，客服态度很差", rating: 1 },
  { product_id: "mug", category: "kitchen", review: "Great quality, fast delivery", stars: "5" },
  { productId: "mug", text: "   " },
  { productId: "mug", text: "ok", rating: 9 },
  { productId: "mug", text: "fine", createdAt: "not a date" },
];

describe("POST /insights/reviews/import", () => {
  let t: TestApp;
  let store: Store;
  let app: FastifyInstance;
  let admin: { authorization: string };
  let agent: { authorization: string };

  beforeAll(async () => {
    t = await createTestApp({
      extraRoutes: (s) => insightsRouteFactories({ store: s, clock: systemClock, ids: randomIds, config: {} }),
    });
    ({ store, app } = t);
    admin = await t.login(ADMIN);
    agent = await t.login(AGENT);
  });
  afterAll(() => t.close());

  /** Runs the queued analysis jobs the way the server's in-process runner does. */
  async function runAnalysis(): Promise<number> {
    const runner = createLocalJobQueue(store.jobs, systemClock, silentLogger);
    registerReviewAnalysisJob(runner, { store, logger: silentLogger, scorer: async () => lexiconReviewScorer });
    return runner.runDueOnce();
  }

  it("is for admins only", async () => {
    expect((await app.inject({ method: "POST", url: URL, payload: ROWS })).statusCode).toBe(401);
    expect((await app.inject({ method: "POST", url: URL, headers: agent, payload: ROWS })).statusCode).toBe(403);
  });

  it("stores valid JSON rows, reports bad ones by row, queues one analysis job, and is idempotent", async () => {
    const res = await app.inject({ method: "POST", url: URL, headers: admin, payload: ROWS });
    expect(res.statusCode).toBe(202);
    const body = res.json();
    expect(body).toMatchObject({ received: 2, created: 2, updated: 0, unchanged: 0, toAnalyze: 2, rejected: 3 });
    expect(body.analysisQueued).toBe(true);
    expect(body.errors.map((e: { row: number }) => e.row)).toEqual([3, 4, 5]);
    expect(body.errors[1].message).toMatch(/rating/);
    expect(body.errors[2].message).toMatch(/not a date/);
    // Stored now, analysed by the job.
    expect((await store.reviews.get("r-zh"))?.sentiment).toBeUndefined();
    expect(await runAnalysis()).toBe(1);
    const zh = await store.reviews.get("r-zh");
    expect(zh?.sentiment).toBeLessThan(0.5);
    expect(zh?.aspects).toEqual({ packaging: -1, service: -1 });
    const listed = await app.inject({ method: "GET", url: "/api/v1/insights/reviews?productId=mug", headers: admin });
    expect(listed.json().total).toBe(2);
    const en = listed.json().items.find((r: { id: string }) => r.id !== "r-zh");
    expect(en).toMatchObject({ rating: 5, category: "kitchen" });
    expect(en.sentiment).toBeGreaterThan(0.5);

    // The same rows again (in another order): nothing is written or queued.
    const again = await app.inject({
      method: "POST",
      url: URL,
      headers: admin,
      payload: { reviews: [...ROWS].reverse() },
    });
    expect(again.statusCode).toBe(202);
    expect(again.json()).toMatchObject({ received: 2, created: 0, updated: 0, unchanged: 2, analysisQueued: false });
    expect((await store.jobs.list({ type: "reviews.analyze" })).total).toBe(1);
    expect(await runAnalysis()).toBe(0);
    const audit = await store.audit.list({ action: "reviews.import" });
    expect(audit.total).toBe(2);
  });

  it("takes CSV, re-analyses a review whose text changed, and queues it once", async () => {
    const csv =
      "id,productId,category,text,rating\nr-zh,mug,kitchen,质量很好，物流很快,5\nr-csv,kettle,kitchen,漏水了,1\n";
    const send = () =>
      app.inject({ method: "POST", url: URL, headers: { ...admin, "content-type": "text/csv" }, payload: csv });
    const first = await send();
    expect(first.statusCode).toBe(202);
    expect(first.json()).toMatchObject({ received: 2, created: 1, updated: 1, rejected: 0, analysisQueued: true });
    // Sent twice before the job ran: the second request queues nothing new.
    expect((await send()).json()).toMatchObject({ created: 0, updated: 0, toAnalyze: 2, analysisQueued: false });
    expect(await runAnalysis()).toBe(1);
    expect((await store.reviews.get("r-zh"))?.sentiment).toBeGreaterThan(0.5);
    expect((await store.reviews.get("r-csv"))?.sentiment).toBeDefined();
    expect((await send()).json()).toMatchObject({ unchanged: 2, toAnalyze: 0, analysisQueued: false });
  });

  it("answers 4xx on bad input", async () => {
    const post = (payload: unknown, contentType = "application/json") =>
      app.inject({
        method: "POST",
        url: URL,
        headers: { ...admin, "content-type": contentType },
        payload: typeof payload === "string" ? payload : JSON.stringify(payload),
      });
    const allBad = await post([{ text: "" }, { productId: "x" }]);
    expect(allBad.statusCode).toBe(400);
    expect(allBad.json().error).toMatchObject({
      code: "IMPORT_INVALID",
      details: { rejected: 2, errors: [{ row: 1 }, { row: 2 }] },
    });
    expect((await post([])).json().error.code).toBe("IMPORT_INVALID");
    expect((await post({ rows: [] })).statusCode).toBe(400);
    expect((await post("{not json")).statusCode).toBe(400);
    const badCsv = await post('text,rating\n"unclosed,5\n', "text/csv");
    expect(badCsv.statusCode).toBe(400);
    expect(badCsv.json().error.code).toBe("IMPORT_INVALID");
    expect((await post("text\nhello\n", "application/xml")).statusCode).toBe(415);
    expect((await post("text,rating\n", "text/csv")).statusCode).toBe(400);
  });

  it("queues the analysis on BullMQ when the server runs on Redis, and the server's worker runs it", async () => {
    const prefix = `kefu-test-${randomUUID().slice(0, 8)}`;
    const bullmq = { prefix, queueName: "reviews" };
    const producer = createBullmqJobQueue(REDIS_URL, bullmq);
    const redisApp = await buildApp({
      store,
      clock: systemClock,
      ids: randomIds,
      logger: silentLogger,
      eventBus: createLocalEventBus(),
      secret: SECRET,
      passwords: testPasswords,
      extraRoutes: insightsRouteFactories({ store, clock: systemClock, ids: randomIds, jobs: producer }),
    });
    const jobsBefore = (await store.jobs.list({})).total;
    const worker = await startInsightsJobs({
      store,
      clock: systemClock,
      ids: randomIds,
      logger: silentLogger,
      config: { redisUrl: REDIS_URL },
      bullmq,
      reviewScorer: async () => lexiconReviewScorer,
    });
    try {
      const res = await redisApp.inject({
        method: "POST",
        url: URL,
        headers: admin,
        payload: [{ id: "r-redis", productId: "kettle", text: "物流很快，质量很好" }],
      });
      expect(res.json()).toMatchObject({ created: 1, analysisQueued: true });
      while ((await store.reviews.get("r-redis"))?.sentiment === undefined) {
        await new Promise((r) => setTimeout(r, 20));
      }
      expect((await store.reviews.get("r-redis"))?.aspects).toMatchObject({ logistics: 1 });
      // The job went to Redis, not to the jobs table.
      expect((await store.jobs.list({})).total).toBe(jobsBefore);
    } finally {
      await worker.stop();
      await redisApp.close();
      await producer.stop();
      const redis = new Redis(REDIS_URL);
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length > 0) await redis.del(...keys);
      redis.disconnect();
    }
  });
});
