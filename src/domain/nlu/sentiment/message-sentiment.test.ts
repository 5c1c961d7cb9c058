import { describe, expect, it } from "vitest";
import { SENTIMENT_FEATURES } from "../feature-config.js";
import { CharSegmenter } from "../segmenter.js";
import { trainTextClassifier } from "../train-text-classifier.js";
import { hasAngerCue } from "./anger-cues.js";
import { analyzeSentiment } from "./message-sentiment.js";
import { lexiconScore } from "./sentiment-lexicon.js";

describe("lexiconScore", () => {
  it("scores polarity in both languages and handles negation", () => {
    expect(lexiconScore("great service, thanks")).toBeGreaterThan(0.5);
    expect(lexiconScore("terrible, the worst shop")).toBeLessThan(-0.5);
    expect(lexiconScore("not good")).toBeLessThan(0);
    expect(lexiconScore("质量很好，很满意")).toBeGreaterThan(0.5);
    expect(lexiconScore("太差了，很失望")).toBeLessThan(-0.5);
    expect(lexiconScore("不满意")).toBeLessThan(0);
    expect(lexiconScore("订单号是多少")).toBe(0);
  });
});

describe("hasAngerCue", () => {
  it.each([
    ["THIS IS RIDICULOUS WHERE IS MY REFUND", true],
    ["I WANT MY MONEY BACK NOW", true],
    ["WHY IS MY ORDER LATE AGAIN", true],
    ["WHERE'S MY PACKAGE?", false],
    ["HOW LONG DO REFUNDS TAKE?", false],
    ["I WANT TO EXCHANGE AN ITEM", false],
    ["我叫FATIMA BROWN，邮编94132", false],
    ["EMMA.WILSON@EXAMPLE.COM CANCEL W0010001 ORDERED BY MISTAKE", false],
    ["CANCEL W0010001 NOW!", true],
    ["where is my refund!!!", true],
    ["你们就是骗子", true],
    ["我要投诉", false],
    ["我要投诉，去12315举报你们", true],
    ["什么垃圾服务", true],
    ["this is a scam", true],
    ["where is my refund?", false],
    ["I bought a USB-C cable", false],
    ["谢谢！", false],
  ])("%s → %s", (text, expected) => {
    expect(hasAngerCue(text)).toBe(expected);
  });
});

describe("analyzeSentiment", () => {
  it("works from the lexicon alone and flags anger as strongly negative", () => {
    expect(analyzeSentiment("thanks, great help").label).toBe("positive");
    expect(analyzeSentiment("where is my order").label).toBe("neutral");
    const angry = analyzeSentiment("你们是骗子！！！");
    expect(angry).toMatchObject({ label: "negative", anger: true });
    expect(angry.score).toBeLessThanOrEqual(-0.6);
  });

  it("blends a trained three-class model", () => {
    const rows = [
      ...["love it", "great service", "thank you so much", "非常满意", "太棒了"].map((text) => ({
        text,
        label: "positive",
      })),
      ...["where is my order", "my order number", "我的订单", "好的", "ok"].map((text) => ({ text, label: "neutral" })),
      ...["this is awful", "very disappointed", "broken again", "太失望了", "质量很差"].map((text) => ({
        text,
        label: "negative",
      })),
    ];
    const { classifier } = trainTextClassifier(rows, new CharSegmenter(), {
      features: { ...SENTIMENT_FEATURES, hashBits: 16 },
      epochs: 20,
      calibrationFraction: 0,
    });
    const s = analyzeSentiment("very disappointed, awful", classifier);
    expect(s.label).toBe("negative");
    expect(s.score).toBeGreaterThanOrEqual(-1);
    expect(analyzeSentiment("好的", classifier).label).toBe("neutral");
  });
});
