import { describe, expect, it } from "vitest";
import { cannedValues, discussedOrderId, orderInFocus } from "../../web/src/console/canned-values.js";
import { fillCannedReply, unfilledVariables } from "../../web/src/console/fill-canned-reply.js";
import { trackingLink } from "../../web/src/console/tracking-link.js";
import type { Order } from "../../web/src/shared/api-types.js";

function order(id: string, placedAt: string, fulfillments: Order["fulfillments"] = []): Order {
  return {
    id,
    customerId: "c1",
    status: "delivered",
    currency: "CNY",
    address: { line1: "1 Road", line2: "", city: "Shanghai", state: "", zip: "200000", country: "CN" },
    items: [],
    fulfillments,
    payments: [],
    placedAt,
    itemsChangedOnce: false,
    version: 1,
  };
}

describe("fillCannedReply", () => {
  it("fills every variable that has a value, repeated ones too, and leaves the rest of the text alone", () => {
    const filled = fillCannedReply("{customer_name}您好，我是{agent}。{customer_name}，订单 {order_number}", {
      customer_name: "李娜",
      agent: "小王",
      order_number: "W100",
    });
    expect(filled).toEqual({ text: "李娜您好，我是小王。李娜，订单 W100", unfilled: [] });
  });

  it("keeps an unavailable variable as a placeholder and reports where it is, so it is never sent silently", () => {
    const filled = fillCannedReply("Track {order_number}: {tracking_link}", { order_number: "W1", tracking_link: " " });
    expect(filled.text).toBe("Track W1: {tracking_link}");
    expect(filled.unfilled).toEqual([{ name: "tracking_link", start: 10, end: 25 }]);
  });

  it("treats braces that are not canned variables as plain text (JSON, a typo'd name)", () => {
    const filled = fillCannedReply('Use code {"a":1} or {coupon}', { agent: "A" });
    expect(filled).toEqual({ text: 'Use code {"a":1} or {coupon}', unfilled: [] });
  });

  it("finds placeholders the agent has not replaced yet in an edited draft", () => {
    expect(unfilledVariables("Hi Ann, see {tracking_link}").map((u) => u.name)).toEqual(["tracking_link"]);
    expect(unfilledVariables("Hi Ann, see https://x.example/t/1")).toEqual([]);
  });
});

describe("values of the open conversation", () => {
  const older = order("W1", "2026-01-01T00:00:00Z", [
    { trackingIds: ["1Z999"], variantIds: [], carrier: "UPS", events: [] },
  ]);
  const newer = order("W2", "2026-03-01T00:00:00Z");
  const zhCustomer = { firstName: "娜", lastName: "李", locale: "zh" as const };

  it("uses the order the bot was discussing, else the most recent order", () => {
    const state = { dialog: { active: { name: "return", slots: { orderId: "W1" } } } };
    expect(discussedOrderId(state)).toBe("W1");
    expect(orderInFocus([older, newer], state)?.id).toBe("W1");
    expect(orderInFocus([older, newer], {})?.id).toBe("W2");
    expect(orderInFocus([older, newer], { dialog: "garbage" })?.id).toBe("W2");
    expect(orderInFocus([], {})).toBeUndefined();
  });

  it("falls back to the order the bot last showed as a single card, ignoring lists of several", () => {
    const message = (seq: number, payload: Record<string, unknown>) => ({
      id: `m${seq}`,
      conversationId: "c",
      seq,
      author: "bot" as const,
      text: "",
      payload,
      createdAt: "2026-03-02T00:00:00Z",
    });
    const card = (orderId: string) => ({ orderId, status: "shipped", items: [], shipments: [] });
    const shown = [message(1, { orderCards: [card("W1")] }), message(2, { orderCards: [card("W1"), card("W2")] })];
    expect(orderInFocus([older, newer], {}, shown)?.id).toBe("W1");
    expect(orderInFocus([older, newer], {}, [message(3, { orderCards: "nonsense" })])?.id).toBe("W2");
    const discussed = { dialog: { active: { slots: { orderId: "W2" } } } };
    expect(orderInFocus([older, newer], discussed, shown)?.id).toBe("W2");
  });

  it("names the customer in their own language's order and links the carrier's tracking page", () => {
    const values = cannedValues({
      agentName: "Sam",
      customer: zhCustomer,
      orders: [older],
      state: {},
    });
    expect(values).toEqual({
      agent: "Sam",
      customer_name: "李娜",
      order_number: "W1",
      tracking_link: "https://www.ups.com/track?tracknum=1Z999",
    });
  });

  it("leaves out what an anonymous chat or an unshipped order cannot say", () => {
    expect(cannedValues({ agentName: "Sam", orders: [newer], state: {} })).toEqual({
      agent: "Sam",
      order_number: "W2",
    });
    expect(trackingLink([{ trackingIds: ["X1"], carrier: "Local courier" }])).toBeUndefined();
    expect(trackingLink([{ trackingIds: ["SF123"], carrier: "顺丰速运" }])).toBe(
      "https://www.sf-express.com/chn/sc/waybill/waybill-detail/SF123",
    );
  });
});
