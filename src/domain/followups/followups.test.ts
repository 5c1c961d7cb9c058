import { describe, expect, it } from "vitest";
import type { Conversation } from "../conversation/conversation.js";
import type { Order } from "../shop/order.js";
import { parseCsatReply } from "./csat-reply.js";
import { followupMessage } from "./followup-message.js";
import { FollowupRules } from "./followup-rules.js";
import { planFollowups } from "./plan-followups.js";
import { isQuietTime, nextAllowedTime } from "./quiet-hours.js";
import { zonedDayKey, zonedWallTimeToDate } from "./zoned-time.js";

const quiet = { start: "21:00", end: "09:00" };

describe("quiet hours", () => {
  it("works in the shop's time zone across midnight", () => {
    // 14:00 UTC = 22:00 in Shanghai (quiet); 02:00 UTC = 10:00 (allowed).
    expect(isQuietTime(new Date("2026-03-01T14:00:00Z"), quiet, "Asia/Shanghai")).toBe(true);
    expect(isQuietTime(new Date("2026-03-01T02:00:00Z"), quiet, "Asia/Shanghai")).toBe(false);
    expect(isQuietTime(new Date("2026-03-01T14:00:00Z"), null, "Asia/Shanghai")).toBe(false);
  });

  it("moves a job due in quiet hours to the next allowed time", () => {
    // 22:00 local → 09:00 local next day = 01:00 UTC.
    expect(nextAllowedTime(new Date("2026-03-01T14:00:00Z"), quiet, "Asia/Shanghai").toISOString()).toBe(
      "2026-03-02T01:00:00.000Z",
    );
    // 03:00 local (after midnight) → 09:00 the same local day.
    expect(nextAllowedTime(new Date("2026-03-01T19:00:00Z"), quiet, "Asia/Shanghai").toISOString()).toBe(
      "2026-03-02T01:00:00.000Z",
    );
    const allowed = new Date("2026-03-01T05:00:00Z");
    expect(nextAllowedTime(allowed, quiet, "Asia/Shanghai")).toBe(allowed);
    // A same-day window (12:00–14:00) in New York during DST: 12:30 EDT → 14:00 EDT = 18:00 UTC.
    expect(
      nextAllowedTime(
        new Date("2026-07-01T16:30:00Z"),
        { start: "12:00", end: "14:00" },
        "America/New_York",
      ).toISOString(),
    ).toBe("2026-07-01T18:00:00.000Z");
  });

  it("converts wall-clock times and day keys", () => {
    expect(
      zonedWallTimeToDate({ year: 2026, month: 1, day: 15, hour: 9, minute: 0 }, "Europe/Berlin").toISOString(),
    ).toBe("2026-01-15T08:00:00.000Z");
    expect(zonedDayKey("2026-03-01T17:00:00Z", "Asia/Shanghai")).toBe("2026-03-02");
  });
});

const address = { line1: "1 Road", line2: "", city: "X", state: "", zip: "1", country: "CN" };
const order = (
  id: string,
  customerId: string,
  deliveredAt: string | undefined,
  status: Order["status"] = "delivered",
): Order => ({
  id,
  customerId,
  status,
  currency: "CNY",
  address,
  items: [{ productId: "p", variantId: "v", name: "Mug", options: {}, priceCents: 100 }],
  fulfillments: [],
  payments: [],
  deliveredAt,
  itemsChangedOnce: false,
  version: 0,
});
const resolved = (id: string, customerId: string, resolvedAt: string, orderId?: string): Conversation => ({
  id,
  channel: "widget",
  locale: "zh",
  status: "resolved",
  verifiedCustomerId: customerId,
  state: orderId ? { orderId } : {},
  createdAt: resolvedAt,
  updatedAt: resolvedAt,
  resolvedAt,
  lastSeq: 3,
});

describe("planFollowups", () => {
  const rules = FollowupRules.parse({ timeZone: "Asia/Shanghai" });
  const now = "2026-03-05T02:00:00Z";

  it("delays, respects quiet hours, opt-out, age and one follow-up per order", () => {
    const plans = planFollowups({
      orders: [
        // Delivered 03-02 13:00 UTC (21:00 local) + 72 h = 03-05 21:00 local → 03-06 09:00 local.
        order("o1", "alice", "2026-03-02T13:00:00Z"),
        order("o2", "bob", "2026-03-02T03:00:00Z"),
        order("o3", "carol", "2026-01-01T00:00:00Z"),
        order("o4", "dave", undefined, "shipped"),
      ],
      conversations: [
        // Same order as o1, resolved earlier: the earlier follow-up wins, still one per order.
        resolved("c1", "alice", "2026-03-04T03:00:00Z", "o1"),
        resolved("c2", "erin", "2026-03-04T03:00:00Z"),
      ],
      rules,
      optedOut: new Set(["bob"]),
      now,
    });
    expect(plans.map((p) => [p.dedupeKey, p.runAt, p.payload.kind])).toEqual([
      // 03-04 03:00 UTC + 24 h = 03-05 03:00 UTC = 11:00 local.
      ["followup:conversation:c2", "2026-03-05T03:00:00.000Z", "resolved"],
      ["followup:order:o1", "2026-03-05T03:00:00.000Z", "resolved"],
    ]);
  });

  it("never schedules in the past and does nothing when disabled", () => {
    const late = planFollowups({
      orders: [order("o1", "alice", "2026-03-01T03:00:00Z")],
      conversations: [],
      rules: { ...rules, quietHours: null },
      optedOut: new Set(),
      now,
    });
    expect(late[0]?.runAt).toBe("2026-03-05T02:00:00.000Z");
    const off = planFollowups({
      orders: [order("o1", "alice", "2026-03-04T03:00:00Z")],
      conversations: [],
      rules: { ...rules, enabled: false },
      optedOut: new Set(),
      now,
    });
    expect(off).toEqual([]);
  });
});

describe("followupMessage", () => {
  it("personalises in Chinese with a survey", () => {
    const m = followupMessage({
      kind: "delivery",
      locale: "zh",
      customerName: "王芳",
      orderId: "#W1",
      productNames: ["保温杯", "水壶", "台灯"],
      csatSurvey: true,
    });
    expect(m.text).toContain("王芳您好，您的订单 #W1（保温杯、水壶等3件商品）已经签收几天了");
    expect(m.text).toContain("1 分（很差）到 5 分（很好）");
    expect(m.payload).toMatchObject({ kind: "followup", csatSurvey: { min: 1, max: 5 } });
  });

  it("writes English without a survey", () => {
    const m = followupMessage({ kind: "resolved", locale: "en", customerName: "Sara Doe", csatSurvey: false });
    expect(m.text).toBe("Hi Sara Doe, following up on your recent conversation with us. Is everything sorted now?");
    expect(m.payload.csatSurvey).toBeUndefined();
  });
});

describe("parseCsatReply", () => {
  it("reads ratings in both languages and rejects the rest", () => {
    expect(parseCsatReply("5")).toBe(5);
    expect(parseCsatReply("4分")).toBe(4);
    expect(parseCsatReply("五星")).toBe(5);
    expect(parseCsatReply("★★★")).toBe(3);
    expect(parseCsatReply("3/5")).toBe(3);
    expect(parseCsatReply("6")).toBeUndefined();
    expect(parseCsatReply("order 5 is late")).toBeUndefined();
  });
});
