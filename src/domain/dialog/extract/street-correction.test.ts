import { describe, expect, it } from "vitest";
import { streetCorrection } from "./street-correction.js";

describe("streetCorrection", () => {
  it.each([
    ["不对不对，是建国路99号", "朝阳区建国路88号", "朝阳区建国路99号"],
    ["写错了 应该是海淀区中关村大街1号", "朝阳区建国路88号", "海淀区中关村大街1号"],
    ["no, it's 90 Pine Road", "88 Pine Road", "90 Pine Road"],
    ["no wait, 14 Oak Ave.", "88 Pine Road", "14 Oak Ave"],
    ["actually 12 Oak Ave", "88 Pine Road", "12 Oak Ave"],
  ])("%s → %s", (text, line1, expected) => {
    expect(streetCorrection(text, line1)).toBe(expected);
  });

  it("leaves whole addresses, questions and plain answers to the other readers", () => {
    expect(streetCorrection("改成北京市朝阳区建国路99号", "徐汇区衡山路100号")).toBeUndefined();
    expect(streetCorrection("no, 12 Oak Ave, Austin TX 78701", "88 Pine Road")).toBeUndefined();
    expect(streetCorrection("确认", "朝阳区建国路88号")).toBeUndefined();
    expect(streetCorrection("yes", "88 Pine Road")).toBeUndefined();
    expect(streetCorrection("how long does shipping take?", "88 Pine Road")).toBeUndefined();
  });
});
