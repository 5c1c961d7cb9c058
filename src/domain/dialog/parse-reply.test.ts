import { describe, expect, it } from "vitest";
import {
  dropsRequest,
  hasCorrectionCue,
  isBareNo,
  looksLikeGeneralQuestion,
  parseChoicePositions,
  parseYesNo,
} from "./parse-reply.js";

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
    ["the second one", [2]],
    ["the first one please", [1]],
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

describe("dropsRequest", () => {
  it.each([
    ["No wait, I want to keep it", true],
    ["never mind", true],
    ["算了，不取消了", true],
    ["还是不退了", true],
    ["cancel it, I changed my mind", false],
    ["yes please", false],
  ])("%s → %s", (text, expected) => expect(dropsRequest(text)).toBe(expected));
});

describe("parseYesNo after a filler word", () => {
  it.each([
    ["fine, yes cancel it", "yes"],
    ["ok so no", "no"],
    ["確認", "yes"],
    ["sounds good", "yes"],
  ])("%s → %s", (text, answer) => expect(parseYesNo(text)).toBe(answer));
});

describe("isBareNo", () => {
  it.each([
    ["no thanks", true],
    ["nope.", true],
    ["不用了，谢谢", true],
    ["no, the other order", false],
    ["不需要了", false],
    ["no, use my gift card", false],
    ["not the keyboard", false],
  ])("%s → %s", (text, expected) => expect(isBareNo(text)).toBe(expected));
});

describe("looksLikeGeneralQuestion", () => {
  it.each([
    ["wait do i have to pay for return shipping?", true],
    ["hmm, how long does shipping take?", true],
    ["do you ship to Canada?", true],
    ["wait, where is my order W0010004?", false],
    ["the keyboard", false],
  ])("%s → %s", (text, expected) => expect(looksLikeGeneralQuestion(text)).toBe(expected));
});

describe("parseChoicePositions and measures", () => {
  it.each([
    ["2-piece, red, softshell", []],
    ["glass, white, 6 ft", []],
    ["42码", []],
    ["2", [2]],
    ["number 3 please", [3]],
  ])("%s → %j", (text, expected) => expect(parseChoicePositions(text)).toEqual(expected));
});

describe("parseChoicePositions and sizes", () => {
  it.each([
    ["size 7, synthetic, waterproof yes", []],
    ["size 7", []],
    ["7", [7]],
    ["option 2 pls", [2]],
  ])("%s → %j", (text, expected) => expect(parseChoicePositions(text)).toEqual(expected));
});
