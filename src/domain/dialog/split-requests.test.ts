import { describe, expect, it } from "vitest";
import { splitRequests } from "./split-requests.js";

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
    expect(parts[1]?.orderId).toBe("W0020005");
  });

  it("returns nothing for a single request", () => {
    expect(splitRequests("I want to return the keyboard and get my money back")).toEqual([]);
    expect(splitRequests("cancel order #W1")).toEqual([]);
  });
});
