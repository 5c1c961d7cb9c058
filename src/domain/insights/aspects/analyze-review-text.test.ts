import { describe, expect, it } from "vitest";
import { analyzeReviewText } from "./analyze-review-text.js";

const aspectsOf = (text: string) => analyzeReviewText(text).aspects;

describe("analyzeReviewText (Chinese)", () => {
  it("pairs aspect words with the opinion that follows them", () => {
    expect(aspectsOf("物流很快，包装也很严实，质量不错")).toEqual({ logistics: 1, packaging: 1, quality: 1 });
  });

  it("uses aspect-specific opinions: 快 is good for delivery, 高 is bad for price but good for 性价比", () => {
    expect(aspectsOf("发货速度快")).toEqual({ logistics: 1 });
    expect(aspectsOf("价格太高了")).toEqual({ price: -1 });
    expect(aspectsOf("性价比很高")).toEqual({ price: 1 });
  });

  it("handles negation within the clause", () => {
    expect(aspectsOf("不是正品")).toEqual({ authenticity: -1 });
    expect(aspectsOf("物流不快")).toEqual({ logistics: -1 });
    expect(aspectsOf("没有异味")).toEqual({ quality: 1 });
    // Negation does not leak into the next clause.
    expect(aspectsOf("没想到，质量很好")).toEqual({ quality: 1 });
  });

  it("reads implied aspects and marks both polarities as mixed", () => {
    expect(aspectsOf("尺码偏大，客服态度很差")).toEqual({ size: -1, service: -1 });
    expect(aspectsOf("质量很好，但是质量检测报告说有瑕疵")).toMatchObject({ quality: 0 });
  });

  it("gives a lexicon score above 0.5 for praise and below for complaints", () => {
    expect(analyzeReviewText("非常满意，物美价廉，推荐购买").lexiconScore).toBeGreaterThan(0.8);
    expect(analyzeReviewText("太失望了，假货，快递还慢").lexiconScore).toBeLessThan(0.2);
    expect(analyzeReviewText("收到了").lexiconScore).toBe(0.5);
  });

  it("weighs the clause after 但是 more", () => {
    expect(analyzeReviewText("包装很好，但是质量很差").lexiconScore).toBeLessThan(0.5);
  });
});

describe("analyzeReviewText (English)", () => {
  it("pairs adjectives before and after the aspect word", () => {
    expect(aspectsOf("Fast delivery and terrible quality")).toEqual({ logistics: 1, quality: -1 });
    expect(aspectsOf("The price is reasonable, the staff were rude")).toEqual({ price: 1, service: -1 });
  });

  it("handles not/never negation and multi-word phrases", () => {
    expect(aspectsOf("The delivery was not fast and the box was damaged")).toEqual({ logistics: -1, packaging: -1 });
    expect(aspectsOf("Runs small. Customer service never replied. Fake!")).toEqual({
      size: -1,
      service: -1,
      authenticity: -1,
    });
    expect(aspectsOf("Not cheaply made, fits perfectly")).toEqual({ quality: 1, size: 1 });
  });

  it("explains each mention", () => {
    const [mention] = analyzeReviewText("The shipping was slow").mentions;
    expect(mention).toMatchObject({ aspect: "logistics", polarity: -1, term: "shipping", opinion: "slow" });
  });
});
