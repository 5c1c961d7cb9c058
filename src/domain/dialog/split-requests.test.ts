import { describe, expect, it } from "vitest";
import { requestOrderId, splitRequests } from "./split-requests.js";

describe("splitRequests", () => {
  it("splits two requests of one message, in order, each with its order", () => {
    expect(splitRequests("cancel #W0010001 and also where is #W0010004?")).toEqual([
      { flow: "cancel_order", text: "cancel #W0010001", orderId: "#W0010001" },
      { flow: "order_status", text: "where is #W0010004?", orderId: "#W0010004" },
    ]);
  });

  it("reads Chinese connectors", () => {
    const parts = splitRequests("帮我取消订单W0020001，另外W0020005我想退货");
    expect(parts.map((p) => p.flow)).toEqual(["cancel_order", "return"]);
    expect(parts[1]?.orderId).toBe("#W0020005");
  });

  it("returns nothing for a single request", () => {
    expect(splitRequests("I want to return the keyboard and get my money back")).toEqual([]);
    expect(splitRequests("cancel order #W1")).toEqual([]);
  });
});

describe("splitRequests on messy messages", () => {
  it("gives each request the order after its own words", () => {
    const parts = splitRequests(
      "emma.wilson@example.com here (order #W0010001). two things: cancel #W0010003, ordered by mistake, and change the address of #W0010001 to 88 Pine Road, Oakland CA 94610",
    );
    expect(parts.map((p) => [p.flow, p.orderId])).toEqual([
      ["cancel_order", "#W0010003"],
      ["modify_address", "#W0010001"],
    ]);
  });

  it("makes one request per order of a list", () => {
    expect(splitRequests("cancel both #W0010001 and #W0010003, ordered by mistake").map((p) => p.orderId)).toEqual([
      "#W0010001",
      "#W0010003",
    ]);
    expect(splitRequests("W0020003和W0020001都取消 不想要了").map((p) => p.orderId)).toEqual([
      "#W0020003",
      "#W0020001",
    ]);
  });

  it("gives a request without an order number the message's only order", () => {
    const parts = splitRequests("#W0010005: return the t-shirt, and I also need an invoice for that order");
    expect(parts.map((p) => [p.flow, p.orderId])).toEqual([
      ["return", "#W0010005"],
      ["invoice", "#W0010005"],
    ]);
  });

  it("splits at 'and ship it to' and Chinese address changes", () => {
    expect(
      splitRequests("#W0010001: pay it with paypal instead and ship it to 1 Main Street, Springfield, IL 62701").map(
        (p) => p.flow,
      ),
    ).toEqual(["modify_payment", "modify_address"]);
    expect(
      splitRequests("W0020001取消（不想要了），W0020003地址改成北京市朝阳区建国路88号 100022").map((p) => p.flow),
    ).toEqual(["cancel_order", "modify_address"]);
  });
});

describe("requestOrderId", () => {
  it("picks the order number the request's own words lead to", () => {
    const text = "emma.wilson@example.com order #W0010001 ok. and where is #W9999999?";
    expect(requestOrderId(text, "order_status")).toBe("#W9999999");
    expect(requestOrderId("here (#W0010001). cancel w0010003 pls", "cancel_order")).toBe("#W0010003");
    expect(requestOrderId("#W0010001 and #W0010003", "return")).toBeUndefined();
  });
});
