import { describe, expect, it } from "vitest";
import type { Conversation } from "../conversation/conversation.js";
import type { Handoff } from "../conversation/handoff.js";
import type { Message } from "../conversation/message.js";
import { explanationIntent, explanationSentiment } from "./explanation-signals.js";
import { computeServiceMetrics, type ServiceEvents } from "./service-metrics.js";

const conv = (id: string, createdAt: string, extra: Partial<Conversation> = {}): Conversation => ({
  id,
  channel: "widget",
  locale: "en",
  status: "bot",
  state: {},
  createdAt,
  updatedAt: createdAt,
  lastSeq: 0,
  ...extra,
});

const msg = (
  conversationId: string,
  seq: number,
  author: Message["author"],
  createdAt: string,
  extra: Partial<Message> = {},
): Message => ({
  id: `${conversationId}-${seq}`,
  conversationId,
  seq,
  author,
  text: "…",
  payload: {},
  createdAt,
  ...extra,
});

const handoff = (
  id: string,
  conversationId: string,
  reason: Handoff["reason"],
  createdAt: string,
  assigneeId: string,
) =>
  ({
    id,
    conversationId,
    reason,
    summary: "",
    priority: 50,
    status: "assigned",
    assigneeId,
    createdAt,
  }) satisfies Handoff;

/** Four conversations in the period plus one before it; expected values worked out by hand. */
function events(): ServiceEvents {
  const why = (intent: string, score: number) => ({ intent, sentiment: { label: "x", score, anger: false } });
  return {
    since: "2026-03-01T00:00:00.000Z",
    until: "2026-03-03T00:00:00.000Z",
    conversations: [
      conv("c1", "2026-03-01T10:00:00.000Z", { status: "resolved", resolvedAt: "2026-03-01T10:05:00.000Z", csat: 5 }),
      conv("c2", "2026-03-01T20:00:00.000Z", {
        status: "resolved",
        resolvedAt: "2026-03-01T20:30:00.000Z",
        assigneeId: "agent_a",
        csat: 3,
      }),
      conv("c3", "2026-03-02T09:00:00.000Z", { status: "agent", assigneeId: "agent_b" }),
      conv("c4", "2026-03-02T23:30:00.000Z"),
      conv("c0", "2026-02-28T12:00:00.000Z", { status: "resolved", resolvedAt: "2026-02-28T12:01:00.000Z", csat: 1 }),
    ],
    messages: [
      msg("c1", 1, "bot", "2026-03-01T10:00:00.000Z"),
      msg("c1", 2, "customer", "2026-03-01T10:00:10.000Z"),
      msg("c1", 3, "bot", "2026-03-01T10:00:12.000Z", { explanation: why("order_status", 0.5) }),
      msg("c1", 4, "bot", "2026-03-01T10:00:13.000Z", { explanation: why("order_status", 0.5) }),
      msg("c1", 5, "customer", "2026-03-01T10:01:00.000Z"),
      msg("c1", 6, "bot", "2026-03-01T10:01:04.000Z", { explanation: { intent: "thanks", sentiment: 0.8 } }),
      msg("c2", 1, "customer", "2026-03-01T20:00:00.000Z"),
      msg("c2", 2, "bot", "2026-03-01T20:00:06.000Z", { explanation: why("return_request", -0.6) }),
      msg("c2", 3, "customer", "2026-03-01T20:01:00.000Z"),
      msg("c2", 4, "bot", "2026-03-01T20:01:02.000Z", { explanation: why("human", -0.9) }),
      msg("c2", 5, "agent", "2026-03-01T20:03:02.000Z", { authorId: "agent_a" }),
      msg("c2", 6, "agent", "2026-03-01T20:04:00.000Z", { authorId: "agent_a" }),
      msg("c3", 1, "customer", "2026-03-02T09:00:00.000Z"),
      msg("c3", 2, "bot", "2026-03-02T09:00:20.000Z", { explanation: why("order_status", 0) }),
      msg("c3", 3, "note", "2026-03-02T09:05:00.000Z", { authorId: "agent_b" }),
      msg("c3", 4, "agent", "2026-03-02T09:10:20.000Z", { authorId: "agent_b" }),
      msg("c4", 1, "bot", "2026-03-02T23:30:00.000Z"),
      msg("c0", 1, "customer", "2026-02-28T12:00:00.000Z"),
      msg("c0", 2, "bot", "2026-02-28T12:00:01.000Z", { explanation: why("cancel", -1) }),
    ],
    handoffs: [
      handoff("h1", "c2", "requested", "2026-03-01T20:01:02.000Z", "agent_a"),
      handoff("h2", "c3", "negative_sentiment", "2026-03-02T09:00:20.000Z", "agent_b"),
    ],
  };
}

describe("computeServiceMetrics", () => {
  const m = computeServiceMetrics(events());

  it("counts only conversations started in the period", () => {
    expect(m.conversations).toBe(4);
  });

  it("measures first response after the first customer message, ignoring the greeting", () => {
    // c1: 10:00:10 -> 10:00:12 = 2 s; c2: 6 s; c3: 20 s; c4 has no customer message.
    expect(m.firstResponseSecondsP50).toBe(6);
    expect(m.firstResponseSecondsAvg).toBeCloseTo(28 / 3, 10);
    // Handoff -> first human reply: c2 120 s, c3 600 s (the internal note does not count).
    expect(m.humanFirstResponseSecondsP50).toBe(360);
  });

  it("computes resolution, containment and handoff rates", () => {
    expect(m.resolutionSecondsP50).toBe(1050);
    expect(m.resolved).toBe(2);
    expect(m.resolutionRate).toBe(0.5);
    expect(m.containmentRate).toBe(0.25);
    expect(m.handoffRate).toBe(0.5);
    expect(m.handoffReasons).toEqual({ requested: 1, negative_sentiment: 1 });
  });

  it("summarises CSAT", () => {
    expect(m.csatAverage).toBe(4);
    expect(m.csatCount).toBe(2);
    expect(m.csatDistribution).toEqual({ "1": 0, "2": 0, "3": 1, "4": 0, "5": 1 });
  });

  it("builds the sentiment trend once per customer turn", () => {
    expect(m.sentimentTrend).toHaveLength(2);
    expect(m.sentimentTrend[0]?.date).toBe("2026-03-01");
    expect(m.sentimentTrend[0]?.count).toBe(4);
    expect(m.sentimentTrend[0]?.average).toBeCloseTo(-0.05, 10);
    expect(m.sentimentTrend[0]?.negative).toBe(2);
    expect(m.sentimentTrend[1]).toEqual({ date: "2026-03-02", average: 0, count: 1, negative: 0 });
  });

  it("ranks intents", () => {
    expect(m.topIntents.map((i) => [i.intent, i.count])).toEqual([
      ["order_status", 2],
      ["human", 1],
      ["return_request", 1],
      ["thanks", 1],
    ]);
    expect(m.topIntents[0]?.share).toBeCloseTo(0.4, 10);
  });

  it("does not count answers to the bot's questions (identity, buttons, confirmations) as intents", () => {
    const base = events();
    const answers = computeServiceMetrics({
      ...base,
      messages: [
        ...base.messages,
        msg("c4", 2, "customer", "2026-03-02T23:31:00.000Z"),
        msg("c4", 3, "bot", "2026-03-02T23:31:01.000Z", {
          explanation: { intent: "out_of_scope", handler: "identity", awaiting: { kind: "identity" } },
        }),
        msg("c4", 4, "customer", "2026-03-02T23:32:00.000Z"),
        msg("c4", 5, "bot", "2026-03-02T23:32:01.000Z", {
          explanation: { intent: "out_of_scope", handler: "slot-answer", awaiting: { kind: "order_id" } },
        }),
        msg("c4", 6, "customer", "2026-03-02T23:33:00.000Z"),
        // Older explanation without a handler: out-of-scope while a question was pending.
        msg("c4", 7, "bot", "2026-03-02T23:33:01.000Z", {
          explanation: { intent: "out_of_scope", awaiting: { kind: "confirm" } },
        }),
        msg("c4", 8, "customer", "2026-03-02T23:34:00.000Z"),
        msg("c4", 9, "bot", "2026-03-02T23:34:01.000Z", {
          explanation: { intent: "out_of_scope", handler: "fallback", awaiting: null },
        }),
      ],
    });
    expect(answers.topIntents.map((i) => [i.intent, i.count])).toEqual([
      ["order_status", 2],
      ["human", 1],
      ["out_of_scope", 1],
      ["return_request", 1],
      ["thanks", 1],
    ]);
  });

  it("reports per-agent figures", () => {
    expect(m.perAgent).toEqual([
      {
        agentId: "agent_a",
        conversations: 1,
        messages: 2,
        resolved: 1,
        firstResponseSecondsP50: 120,
        csatAverage: 3,
        csatCount: 1,
      },
      {
        agentId: "agent_b",
        conversations: 1,
        messages: 1,
        resolved: 0,
        firstResponseSecondsP50: 600,
        csatAverage: null,
        csatCount: 0,
      },
    ]);
  });

  it("builds a daily series in UTC", () => {
    expect(m.daily).toEqual([
      {
        date: "2026-03-01",
        conversations: 2,
        resolved: 2,
        contained: 1,
        handedOff: 1,
        firstResponseSecondsP50: 4,
        csatAverage: 4,
      },
      {
        date: "2026-03-02",
        conversations: 2,
        resolved: 0,
        contained: 0,
        handedOff: 1,
        firstResponseSecondsP50: 20,
        csatAverage: null,
      },
    ]);
  });

  it("cuts days in the shop's time zone", () => {
    const local = computeServiceMetrics(events(), { timeZone: "Asia/Shanghai" });
    expect(local.daily.map((d) => [d.date, d.conversations])).toEqual([
      ["2026-03-01", 1],
      ["2026-03-02", 2],
      ["2026-03-03", 1],
    ]);
  });

  it("returns zeros and nulls for an empty period", () => {
    const empty = computeServiceMetrics({ ...events(), conversations: [] });
    expect(empty.conversations).toBe(0);
    expect(empty.resolutionRate).toBe(0);
    expect(empty.firstResponseSecondsP50).toBeNull();
    expect(empty.csatAverage).toBeNull();
    expect(empty.daily).toEqual([]);
  });
});

describe("follow-up conversations", () => {
  it("count only once the shopper answers", () => {
    const base = events();
    const followup = (id: string) =>
      conv(id, "2026-03-02T10:00:00.000Z", { state: { origin: "followup" }, verifiedCustomerId: "u1" });
    const m = computeServiceMetrics({
      ...base,
      conversations: [...base.conversations, followup("f1"), followup("f2")],
      messages: [
        ...base.messages,
        msg("f1", 1, "bot", "2026-03-02T10:00:00.000Z"),
        msg("f2", 1, "bot", "2026-03-02T10:00:00.000Z"),
        msg("f2", 2, "customer", "2026-03-02T12:00:00.000Z"),
      ],
    });
    expect(m.conversations).toBe(5);
  });

  it("report follow-ups sent, answered and rated, including a rating given without words", () => {
    const base = events();
    const marked = { explanation: { followup: "delivery" } };
    const m = computeServiceMetrics({
      ...base,
      conversations: [
        ...base.conversations,
        conv("f1", "2026-03-02T10:00:00.000Z", { state: { origin: "followup" } }),
        conv("f2", "2026-03-02T10:00:00.000Z", { state: { origin: "followup" }, csat: 2 }),
        conv("f3", "2026-03-02T10:00:00.000Z", { state: { origin: "followup" } }),
      ],
      messages: [
        ...base.messages,
        msg("f1", 1, "bot", "2026-03-02T10:00:00.000Z", marked),
        msg("f2", 1, "bot", "2026-03-02T10:00:00.000Z", marked),
        msg("f3", 1, "bot", "2026-03-02T10:00:00.000Z", marked),
        msg("f3", 2, "customer", "2026-03-02T11:00:00.000Z"),
        // A follow-up posted into c1 (resolved earlier) and answered there.
        msg("c1", 7, "bot", "2026-03-02T10:00:00.000Z", { explanation: { followup: "resolved" } }),
        msg("c1", 8, "customer", "2026-03-02T10:30:00.000Z"),
      ],
    });
    // f2 (rated) and f3 (answered) count as service conversations; f1 does not.
    expect(m.conversations).toBe(6);
    expect(m.csatCount).toBe(3);
    expect(m.followups).toEqual({ sent: 4, answered: 3, answerRate: 0.75, csatCount: 1, csatAverage: 2 });
  });
});

describe("explanation readers", () => {
  it("accepts numbers and objects, ignores junk", () => {
    expect(explanationSentiment({ sentiment: -2 })).toBe(-1);
    expect(explanationSentiment({ sentiment: { score: 0.25 } })).toBe(0.25);
    expect(explanationSentiment({ sentiment: "bad" })).toBeUndefined();
    expect(explanationIntent({ intent: { name: "cancel_order" } })).toBe("cancel_order");
    expect(explanationIntent({ intent: 3 })).toBeUndefined();
  });
});
