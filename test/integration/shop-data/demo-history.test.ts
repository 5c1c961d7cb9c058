import { afterEach, describe, expect, it } from "vitest";
import type { Store } from "../../../src/application/ports/store.js";
import { getServiceMetrics } from "../../../src/application/use-cases/insights/get-service-metrics.js";
import {
  DEMO_AGENT_FALLBACK_ID,
  DEMO_HISTORY_SIZE,
  demoConversationId,
} from "../../../src/application/use-cases/shop-data/demo-conversation-history.js";
import { DEMO_SHOPPERS, seedDemoShop } from "../../../src/application/use-cases/shop-data/seed-demo-shop.js";
import { type DatabaseKind, type FreshStore, openFreshStore } from "../insights/fresh-database.js";
import { fixedClock } from "./sqlite-store.js";

const NOW = "2026-11-20T09:00:00.000Z";
const clock = fixedClock(NOW);

let fresh: FreshStore | undefined;
afterEach(async () => {
  await fresh?.destroy();
  fresh = undefined;
});

async function seeded(kind: DatabaseKind): Promise<Store> {
  fresh = await openFreshStore(kind);
  await seedDemoShop(fresh.store, clock);
  return fresh.store;
}

async function storedCounts(store: Store) {
  const conversations = await store.conversations.list({ limit: 1000 });
  const messages = await store.messages.listBetween("2000-01-01T00:00:00.000Z", NOW);
  const handoffs = await store.handoffs.listBetween("2000-01-01T00:00:00.000Z", NOW);
  return { conversations: conversations.total, messages: messages.length, handoffs: handoffs.length };
}

describe.each(["sqlite", "postgres"] as const)("demo conversation history (%s)", (kind) => {
  it("fills every service-quality figure of the last 30 days", async () => {
    const store = await seeded(kind);
    const m = await getServiceMetrics({ store, clock });
    expect(m.conversations).toBe(DEMO_HISTORY_SIZE);
    expect(m.firstResponseSecondsP50).toBeGreaterThan(0);
    expect(m.firstResponseSecondsP50).toBeLessThan(10);
    expect(m.humanFirstResponseSecondsP50).toBeGreaterThan(0);
    expect(m.resolutionSecondsP50).toBeGreaterThan(0);
    expect(m.resolutionRate).toBeGreaterThan(0.8);
    expect(m.resolutionRate).toBeLessThan(1);
    expect(m.containmentRate).toBeGreaterThan(0.4);
    expect(m.handoffRate).toBeGreaterThan(0.1);
    expect(m.containmentRate + m.handoffRate).toBeLessThanOrEqual(1);
    expect(Object.keys(m.handoffReasons).length).toBeGreaterThanOrEqual(3);
    expect(m.csatCount).toBeGreaterThan(DEMO_HISTORY_SIZE / 2);
    expect(m.csatAverage).toBeGreaterThan(3.5);
    expect(m.csatDistribution["5"]).toBeGreaterThan(m.csatDistribution["1"]);
    expect(m.sentimentTrend.length).toBeGreaterThan(15);
    expect(m.sentimentTrend.some((p) => p.negative > 0)).toBe(true);
    expect(m.topIntents.map((i) => i.intent)).toEqual(expect.arrayContaining(["order_status", "return"]));
    const [agent] = m.perAgent;
    expect(agent?.agentId).toBe(DEMO_AGENT_FALLBACK_ID);
    expect(agent?.resolved).toBeGreaterThan(0);
    expect(agent?.csatCount).toBeGreaterThan(0);
    expect(m.daily.length).toBeGreaterThan(15);
  });

  it("is bilingual, tied to the shoppers' own orders, and idempotent on reseeding", async () => {
    const store = await seeded(kind);
    const before = await storedCounts(store);
    expect(before.conversations).toBe(DEMO_HISTORY_SIZE);
    const conversations = (await store.conversations.list({ limit: 1000 })).items;
    expect(new Set(conversations.map((c) => c.locale))).toEqual(new Set(["en", "zh"]));
    const first = await store.conversations.get(demoConversationId(0));
    const messages = await store.messages.listSince(demoConversationId(0), 0);
    expect(first?.lastSeq).toBe(messages.length);
    const zhChat = conversations.find((c) => c.verifiedCustomerId === DEMO_SHOPPERS.zh.id);
    const zhText = zhChat ? (await store.messages.listSince(zhChat.id, 0)).map((x) => x.text).join("") : "";
    expect(zhText).toMatch(/[\u4e00-\u9fff]/);
    await seedDemoShop(store, clock);
    await seedDemoShop(store, fixedClock("2026-11-27T09:00:00.000Z"));
    expect(await storedCounts(store)).toEqual(before);
    expect((await store.handoffs.listOpen()).length).toBe(0);
  });
});
