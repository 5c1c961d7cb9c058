import { describe, expect, it } from "vitest";
import { isBareOrderReference } from "./bare-order-reference.js";

describe("isBareOrderReference", () => {
  it.each([
    "order #W9034102",
    "订单#W8413387",
    "order W6146740",
    "it's order number #W1234567",
    "#W1234567",
    "订单号：W1234567",
    "oredr #W8882972",
    "odrer W6030855",
  ])("reads %s as just an order number", (text) => expect(isBareOrderReference(text)).toBe(true));

  it.each([
    "where is order #W1234567",
    "cancel #W1234567",
    "#W1234567 到哪了",
    "#W1234567 and #W7654321",
    "order please",
    "cancel #W1234567 pls",
    "return W1234567",
  ])("reads %s as more than an order number", (text) => expect(isBareOrderReference(text)).toBe(false));
});
