import { describe, expect, it } from "vitest";
import { cancelReasonOf, extractReason, mentionsMistakeTypo } from "./extract-reason.js";

describe("extractReason categories", () => {
  it.each([
    ["I ordered it by mistake", "ordered_by_mistake"],
    ["accidentally ordered twice lol", "ordered_by_mistake"],
    ["下错单了", "ordered_by_mistake"],
    ["拍错了颜色", "ordered_by_mistake"],
    ["don't need it anymore", "no_longer_needed"],
    ["no longer needed", "no_longer_needed"],
    ["changed my mind", "no_longer_needed"],
    ["不想要了", "no_longer_needed"],
    ["it's too small", "wrong_size"],
    ["doesnt fit", "wrong_size"],
    ["尺码偏小，穿不下", "wrong_size"],
    ["the screen is cracked", "defective"],
    ["it stopped working after 2 days", "defective"],
    ["耳机坏了，开不了机", "defective"],
    ["质量问题", "defective"],
    ["you sent me the wrong color", "wrong_item"],
    ["发错货了", "wrong_item"],
    ["missing parts", "missing_parts"],
    ["少件了", "missing_parts"],
    ["looks different from the picture", "not_as_described"],
    ["色差太大", "not_as_described"],
    ["shipping took too long", "late_delivery"],
    ["物流太慢了", "late_delivery"],
    ["found it cheaper elsewhere", "better_price"],
    ["别家更便宜", "better_price"],
    ["my wife wants a different brand", "other"],
  ])("%s → %s", (text, category) => expect(extractReason(text).category).toBe(category));
});

describe("extractReason text", () => {
  it.each([
    ["because it's too small, thanks!", "It's too small"],
    ["the reason is: broken screen.", "Broken screen"],
    ["原因是：尺码偏小。谢谢", "尺码偏小"],
    ["因为下错单了", "下错单了"],
    ["um, cuz order #W0010001 arrived broken pls", "Order arrived broken"],
    ["  ＤＯＮ'Ｔ　ＮＥＥＤ　ＩＴ  ", "DON'T NEED IT"],
  ])("%s → %s", (text, cleaned) => expect(extractReason(text).text).toBe(cleaned));

  it("flags quality issues", () => {
    expect(extractReason("it arrived damaged").qualityIssue).toBe(true);
    expect(extractReason("changed my mind").qualityIssue).toBe(false);
  });

  it("is empty text for an empty reply", () => {
    expect(extractReason(" ... ")).toEqual({ category: "other", text: "", qualityIssue: false });
  });
});

describe("cancelReasonOf", () => {
  it("maps onto the policy's cancel reasons", () => {
    expect(cancelReasonOf("ordered_by_mistake")).toBe("ordered by mistake");
    expect(cancelReasonOf("no_longer_needed")).toBe("no longer needed");
    expect(cancelReasonOf("defective")).toBeUndefined();
  });
});

describe("mentionsMistakeTypo", () => {
  it.each([["ordered by mistke"], ["it was a misake order"], ["i ordered it by mitsake"], ["by mistkae"]])(
    "%s",
    (text) => expect(mentionsMistakeTypo(text)).toBe(true),
  );
  it.each([["no longer needed"], ["make it quick"], ["my mistress"], ["mixtape"]])("not %s", (text) =>
    expect(mentionsMistakeTypo(text)).toBe(false),
  );
});
