import { describe, expect, it } from "vitest";
import { parseOrdinals, resolvePositions } from "./parse-ordinals.js";

describe("parseOrdinals", () => {
  it.each([
    ["the second one", [2]],
    ["2nd pls", [2]],
    ["the 2nd one", [2]],
    ["first!", [1]],
    ["the last one", [-1]],
    ["second to last", [-2]],
    ["first two", [1, 2]],
    ["the last two please", [-1, -2]],
    ["item 2 and 3", [2, 3]],
    ["#2", [2]],
    ["option 1, 3", [1, 3]],
    ["2", [2]],
    ["2 pls", [2]],
    ["第二个", [2]],
    ["第２件", [2]],
    ["第十一个", [11]],
    ["倒数第二个", [-2]],
    ["最后一个", [-1]],
    ["前两个", [1, 2]],
    ["后者", [-1]],
    ["the latter", [-1]],
    ["1和3", [1, 3]],
    ["ＴＨＥ　ＳＥＣＯＮＤ　ＯＮＥ", [2]],
    // One slip in the ordinal, between "the" and "item"/"one" (found by eval shoppers).
    ["the thrd item", [3]],
    ["the sceond item", [2]],
    ["the seocnd one", [2]],
    ["the frist item", [1]],
    ["THE FORUTH ITEM", [4]],
  ])("%s → %j", (text, positions) => expect(parseOrdinals(text).positions).toEqual(positions));

  it.each([
    ["2 of the t-shirts"],
    ["the one I ordered last week"],
    ["order #W0010001"],
    ["size 10 please"],
    ["I bought it 3 days ago"],
    ["最后一次买的"],
    ["the fifty one"],
    ["the three items"],
    ["thrd item"],
  ])("finds no position in %s", (text) => expect(parseOrdinals(text).positions).toEqual([]));

  it.each([
    ["both", true, true],
    ["both of them pls", true, true],
    ["all of them", true, false],
    ["everything", true, false],
    ["全部", true, false],
    ["两个都要", true, true],
    ["都退了吧", true, false],
    ["that's all, thanks", false, false],
    ["all good", false, false],
    ["the red one", false, false],
  ])("%s → all=%s both=%s", (text, all, both) => expect(parseOrdinals(text)).toMatchObject({ all, both }));
});

describe("resolvePositions", () => {
  it("maps from the start and from the end, dropping out-of-range", () => {
    expect(resolvePositions([2, -1, 7], 3)).toEqual([1, 2]);
  });

  it("does not repeat an index", () => {
    expect(resolvePositions([3, -1], 3)).toEqual([2]);
  });
});
