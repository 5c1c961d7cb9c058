import { describe, expect, it } from "vitest";
import { parseAddress } from "./parse-address.js";
import { hasCorrectionCue, parseChoicePositions, parseYesNo } from "./parse-reply.js";

describe("parseYesNo", () => {
  it.each([
    ["Yes", "yes"],
    ["yes please go ahead", "yes"],
    ["是的，确认", "yes"],
    ["好的", "yes"],
    ["No", "no"],
    ["不要了", "no"],
    ["算了", "no"],
    ["where is my order", undefined],
  ])("%s → %s", (text, expected) => expect(parseYesNo(text)).toBe(expected));
});

describe("parseChoicePositions", () => {
  it.each([
    ["the first one please", [1]],
    ["第一个订单", [1]],
    ["第2件", [2]],
    ["item 2 and 3", [2, 3]],
    ["both", "all"],
    ["全部", "all"],
    ["my order #W1234567", []],
    ["it's 1Z999AA10123456784", []],
    ["2件都不要", [2]],
  ])("%s", (text, expected) => expect(parseChoicePositions(text)).toEqual(expected));
});

describe("hasCorrectionCue", () => {
  it("spots corrections in both languages", () => {
    expect(hasCorrectionCue("actually the other order")).toBe(true);
    expect(hasCorrectionCue("no, item 2")).toBe(true);
    expect(hasCorrectionCue("不对，是另一个订单")).toBe(true);
    expect(hasCorrectionCue("the first one")).toBe(false);
  });
});

describe("parseAddress", () => {
  it("reads a US address", () => {
    expect(parseAddress("12 Oak Ave, Springfield, IL 62701, USA", "en")).toEqual({
      line1: "12 Oak Ave",
      line2: "",
      city: "Springfield",
      state: "IL",
      zip: "62701",
      country: "USA",
    });
  });
  it("reads a Chinese address", () => {
    expect(parseAddress("广东省深圳市南山区科技园路1号 518000", "zh")).toEqual({
      line1: "南山区科技园路1号",
      line2: "",
      city: "深圳市",
      state: "广东省",
      zip: "518000",
      country: "中国",
    });
  });
  it("rejects text that is not an address", () => {
    expect(parseAddress("yes please", "en")).toBeUndefined();
  });
});
