import { describe, expect, it } from "vitest";
import { extractQuantity } from "./extract-quantity.js";

describe("extractQuantity", () => {
  it.each([
    ["2 of the t-shirts", 2],
    ["two shirts pls", 2],
    ["return x2", 2],
    ["qty: 3", 3],
    ["quantity 4", 4],
    ["a pair of socks", 2],
    ["a couple of mugs", 2],
    ["两件T恤", 2],
    ["3双鞋", 3],
    ["我要退两个", 2],
    ["one of them", 1],
    ["I want to return 1 item", 1],
    ["5 pcs", 5],
    ["2 t-shirts please", 2],
    ["ＴＷＯ　ＭＵＧＳ", 2],
    ["数量：3", 3],
  ])("%s → %d", (text, n) => expect(extractQuantity(text)).toBe(n));

  it.each([
    ["第二个"],
    ["size 10"],
    ["it cost $20"],
    ["order #W0010001"],
    ["3 days ago"],
    ["the red one"],
    ["the second one"],
    ["it's 15-inch"],
    ["退了20元"],
    ["the card ending 1234"],
    ["倒数第二个"],
  ])("finds no quantity in %s", (text) => expect(extractQuantity(text)).toBeUndefined());
});
