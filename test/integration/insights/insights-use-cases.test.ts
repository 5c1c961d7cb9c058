import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../../src/application/ports/store.js";
import { createConversationDeps } from "../../../src/application/use-cases/conversations/conversation-deps.js";
import { analyzeReviews } from "../../../src/application/use-cases/insights/analyze-reviews.js";
import { answerFollowupSurvey } from "../../../src/application/use-cases/insights/answer-followup-survey.js";
import { setFollowupOptOut } from "../../../src/application/use-cases/insights/followup-settings.js";
import { getReviewSummary } from "../../../src/application/use-cases/insights/get-review-summary.js";
import { getServiceMetrics } from "../../../src/application/use-cases/insights/get-service-metrics.js";
import type { InsightsDeps } from "../../../src/application/use-cases/insights/insights-deps.js";
import { recommendForCustomer } from "../../../src/application/use-cases/insights/recommend-for-customer.js";
import { RecommenderCache } from "../../../src/application/use-cases/insights/recommender-cache.js";
import { recordCsat } from "../../../src/application/use-cases/insights/record-csat.js";
import { registerFollowupJobs } from "../../../src/application/use-cases/insights/register-followup-jobs.js";
import { scheduleFollowups } from "../../../src/application/use-cases/insights/schedule-followups.js";
import { sendFollowup } from "../../../src/application/use-cases/insights/send-followup.js";
import { lexiconReviewScorer } from "../../../src/domain/insights/sentiment/review-sentiment-scorer.js";
import { createLocalJobQueue } from "../../../src/infrastructure/queue/local-job-queue.js";
import { startInsightsJobs } from "../../../src/infrastructure/queue/start-insights-jobs.js";
import { createLocalEventBus } from "../../../src/infrastructure/realtime/event-bus-local.js";
import { silentLogger } from "../../../src/infrastructure/system/pino-logger.js";
import { sequentialIds } from "../../../src/infrastructure/system/random-ids.js";
import { fixedClock } from "../../../src/infrastructure/system/system-clock.js";
import { type DatabaseKind, type FreshStore, openFreshStore } from "./fresh-database.js";
import { customer, order, product } from "./insights-fixtures.js";

describe.each<DatabaseKind>(["sqlite", "postgres"])("insight use cases on %s", (targetName) => {
  let target: FreshStore;
  let store: Store;
  let deps: InsightsDeps;
  const clock = fixedClock("2026-03-10T04:00:00Z");

  beforeEach(async () => {
    target = await openFreshStore(targetName);
    store = target.store;
    deps = { store, clock, ids: sequentialIds(), logger: silentLogger };
    await store.customers.upsert(customer("wang_fang", "zh", "芳", "王"));
    await store.customers.upsert(customer("sara_doe", "en", "Sara", "Doe"));
    for (const p of [
      product("mug", "Coffee Mug", "kitchen", "马克杯"),
      product("kettle", "Electric Kettle", "kitchen", "电水壶"),
      product("shirt", "T-Shirt", "clothing", "T恤"),
      product("lamp", "Desk Lamp", "home", "台灯", false),
    ]) {
      await store.products.upsert(p);
    }
  });
  afterEach(async () => {
    await target.destroy();
  });

  it("analyses imported reviews, stores the results and summarises them", async () => {
    const progress: number[] = [];
    const reviews = [
      {
        id: "r1",
        productId: "mug",
        category: "kitchen",
        text: "质量很好，物流很快",
        createdAt: "2026-02-01T00:00:00Z",
      },
      {
        id: "r2",
        productId: "mug",
        category: "kitchen",
        text: "包装破损，客服态度很差",
        createdAt: "2026-02-02T00:00:00Z",
      },
      {
        id: "r3",
        productId: "shirt",
        category: "clothing",
        text: "Runs small, returned it",
        createdAt: "2026-02-03T00:00:00Z",
      },
    ];
    const done = await analyzeReviews(
      { store },
      { reviews, scorer: lexiconReviewScorer, batchSize: 2, onProgress: (d) => progress.push(d) },
    );
    expect(done).toHaveLength(3);
    expect(progress).toEqual([0, 2, 3]);
    const stored = await store.reviews.get("r2");
    expect(stored?.aspects).toEqual({ packaging: -1, service: -1 });
    expect(stored?.sentiment).toBeLessThan(0.5);
    const summary = await getReviewSummary(deps, { category: "kitchen" });
    expect(summary.overall.count).toBe(2);
    expect(summary.categories.map((c) => c.key)).toEqual(["kitchen"]);
    expect(summary.overall.aspects.service).toEqual({ positive: 0, negative: 1, mixed: 0 });
  });

  it("recommends with reasons and never what the shopper has or cannot buy", async () => {
    await store.orders.upsert(order("o1", "sara_doe", ["mug", "kettle"], "delivered", "2026-01-01T00:00:00Z"));
    await store.orders.upsert(order("o2", "wang_fang", ["mug"], "delivered", "2026-01-02T00:00:00Z"));
    const items = await recommendForCustomer(
      { store, clock, recommenders: new RecommenderCache() },
      { customerId: "wang_fang", locale: "zh" },
    );
    expect(items[0]).toMatchObject({ productId: "kettle", source: "co_purchase" });
    expect(items[0]?.reason).toBe("买过「马克杯」的顾客也买了它");
    expect(items.map((i) => i.productId)).not.toContain("mug");
    expect(items.map((i) => i.productId)).not.toContain("lamp");
  });

  it("schedules follow-ups once, sends them once, respects opt-out, and records the CSAT reply", async () => {
    await store.orders.upsert(
      order("o1", "wang_fang", ["mug"], "delivered", "2026-03-01T00:00:00Z", "2026-03-06T02:00:00Z"),
    );
    await store.orders.upsert(
      order("o2", "sara_doe", ["shirt"], "delivered", "2026-03-01T00:00:00Z", "2026-03-06T02:00:00Z"),
    );
    await setFollowupOptOut(store.settings, "sara_doe", true);
    const queue = createLocalJobQueue(store.jobs, clock, silentLogger);
    registerFollowupJobs(queue, deps);
    expect(await scheduleFollowups({ store, clock, queue })).toEqual({ planned: 1, scheduled: 1 });
    expect(await scheduleFollowups({ store, clock, queue })).toEqual({ planned: 1, scheduled: 0 });
    // Delivered 03-06 02:00 UTC + 72 h = 03-09 02:00 UTC (10:00 in Shanghai): already due at 03-10 04:00.
    expect(await queue.runDueOnce()).toBe(1);
    const conversation = await store.conversations.get("conv_followup_o1");
    expect(conversation).toMatchObject({ verifiedCustomerId: "wang_fang", locale: "zh", status: "bot" });
    const [message] = await store.messages.listSince("conv_followup_o1", 0);
    expect(message?.text).toContain("王芳您好，您的订单 o1（马克杯）已经签收几天了");
    expect(message?.payload).toMatchObject({ kind: "followup", csatSurvey: { min: 1, max: 5 } });
    // A retried job posts nothing new.
    expect(await sendFollowup(deps, { kind: "delivery", customerId: "wang_fang", orderId: "o1" })).toEqual({
      sent: false,
      reason: "already_sent",
    });
    expect(await sendFollowup(deps, { kind: "delivery", customerId: "sara_doe", orderId: "o2" })).toEqual({
      sent: false,
      reason: "opted_out",
    });
    const conversationDeps = createConversationDeps({ ...deps, eventBus: createLocalEventBus() });
    expect(
      await recordCsat(conversationDeps, { conversationId: "conv_followup_o1", text: "where is my order" }),
    ).toBeUndefined();
    // A chat reply to the survey is recorded; a rating-like text elsewhere is not.
    expect(await answerFollowupSurvey(conversationDeps, { conversationId: "c_other", text: "5" })).toBeUndefined();
    const rated = await answerFollowupSurvey(conversationDeps, { conversationId: "conv_followup_o1", text: "四星" });
    expect(rated?.csat).toBe(4);
    expect(
      await answerFollowupSurvey(conversationDeps, { conversationId: "conv_followup_o1", text: "5" }),
    ).toBeUndefined();
    expect((await store.conversations.get("conv_followup_o1"))?.csat).toBe(4);
    const metrics = await getServiceMetrics(deps, { since: "2026-03-01T00:00:00Z", until: "2026-03-11T00:00:00Z" });
    expect(metrics.followups).toMatchObject({ sent: 1, answered: 1, csatCount: 1, csatAverage: 4 });
    expect(metrics.csatCount).toBe(1);
  });

  it("defers a follow-up that comes due in the quiet hours to their end, then sends it once", async () => {
    await store.orders.upsert(
      order("o1", "wang_fang", ["mug"], "delivered", "2026-03-01T00:00:00Z", "2026-03-06T02:00:00Z"),
    );
    const night = fixedClock("2026-03-10T15:00:00Z"); // 23:00 in Shanghai, inside the default 21:00–09:00
    const nightDeps = { ...deps, clock: night };
    const queue = createLocalJobQueue(store.jobs, night, silentLogger);
    registerFollowupJobs(queue, nightDeps);
    await queue.schedule({
      type: "followup.send",
      payload: { kind: "delivery", customerId: "wang_fang", orderId: "o1" },
      runAt: night.nowIso(),
      dedupeKey: "followup:order:o1",
    });
    expect(await queue.runDueOnce()).toBe(1);
    expect(await store.conversations.get("conv_followup_o1")).toBeUndefined();
    const deferred = await store.jobs.list({ status: "queued" });
    expect(deferred.items.map((j) => j.runAt)).toEqual(["2026-03-11T01:00:00.000Z"]);
    night.set("2026-03-11T01:00:00Z");
    expect(await queue.runDueOnce()).toBe(1);
    expect(await store.messages.listSince("conv_followup_o1", 0)).toHaveLength(1);
    expect(await queue.runDueOnce()).toBe(0);
  });

  it("starts the follow-up jobs with the server and stops them cleanly", async () => {
    await store.orders.upsert(
      order("o1", "wang_fang", ["mug"], "delivered", "2026-03-01T00:00:00Z", "2026-03-06T02:00:00Z"),
    );
    const jobs = await startInsightsJobs({ ...deps, config: { redisUrl: undefined } });
    expect(jobs.kind).toBe("local");
    // The planning run is due at start; it queues the follow-up, which is due too.
    while ((await store.messages.listSince("conv_followup_o1", 0)).length === 0) {
      await new Promise((r) => setTimeout(r, 20));
    }
    await jobs.stop();
    const done = await store.jobs.list({ status: "done" });
    expect(done.items.map((j) => j.type).sort()).toEqual(["followup.plan", "followup.send"]);
    // The next planning run waits for the top of the next hour.
    const queued = await store.jobs.list({ status: "queued" });
    expect(queued.items).toMatchObject([{ type: "followup.plan", runAt: "2026-03-10T05:00:00.000Z" }]);
  });

  it("runs the same follow-ups through BullMQ when REDIS_URL is set", async () => {
    await store.orders.upsert(
      order("o1", "wang_fang", ["mug"], "delivered", "2026-03-01T00:00:00Z", "2026-03-06T02:00:00Z"),
    );
    const prefix = `kefu-test-${randomUUID().slice(0, 8)}`;
    const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
    const jobs = await startInsightsJobs({ ...deps, config: { redisUrl }, bullmq: { prefix, queueName: "followups" } });
    try {
      expect(jobs.kind).toBe("bullmq");
      while ((await store.messages.listSince("conv_followup_o1", 0)).length === 0) {
        await new Promise((r) => setTimeout(r, 20));
      }
    } finally {
      await jobs.stop();
      const redis = new Redis(redisUrl);
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length > 0) await redis.del(...keys);
      redis.disconnect();
    }
    expect(await store.messages.listSince("conv_followup_o1", 0)).toHaveLength(1);
    // Nothing went through the jobs table: BullMQ kept the jobs in Redis.
    expect((await store.jobs.list({})).total).toBe(0);
  });

  it("computes service metrics from stored events", async () => {
    const at = (s: number) => new Date(Date.parse("2026-03-09T10:00:00Z") + s * 1000).toISOString();
    await store.conversations.create({
      id: "c1",
      channel: "widget",
      locale: "en",
      status: "resolved",
      state: {},
      csat: 5,
      createdAt: at(0),
      updatedAt: at(300),
      resolvedAt: at(300),
      lastSeq: 0,
    });
    await store.messages.append({ conversationId: "c1", author: "bot", text: "Hi", payload: {}, createdAt: at(0) });
    await store.messages.append({
      conversationId: "c1",
      author: "customer",
      text: "where",
      payload: {},
      createdAt: at(10),
    });
    await store.messages.append({
      conversationId: "c1",
      author: "bot",
      text: "here",
      payload: {},
      explanation: { intent: "order_status", sentiment: { score: 0.2 } },
      createdAt: at(13),
    });
    const m = await getServiceMetrics(deps, { since: "2026-03-09T00:00:00Z", until: "2026-03-10T00:00:00Z" });
    expect(m).toMatchObject({
      conversations: 1,
      firstResponseSecondsP50: 3,
      resolutionSecondsP50: 300,
      resolutionRate: 1,
      containmentRate: 1,
      csatAverage: 5,
      topIntents: [{ intent: "order_status", count: 1, share: 1 }],
    });
  });
});
