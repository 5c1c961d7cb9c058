import { describe, expect, it } from "vitest";
import { isCatalogueTopic, isDataTopic, kbQueryHint, questionTopic } from "./question-topics.js";

describe("questionTopic", () => {
  it.each([
    ["how many days do I have to return something?", "return_window"],
    ["退货期限是几天", "return_window"],
    ["whats the return window??", "return_window"],
    ["how long does a refund take", "refund_timing"],
    ["退款一般多久到账？", "refund_timing"],
    ["what's my gift card balance", "gift_card_balance"],
    ["礼品卡还有多少余额？", "gift_card_balance"],
    ["how much did i pay for W0010002?", "amount_paid"],
    ["how many colors does the t-shirt come in?", "variant_count"],
    ["这款T恤有几种颜色", "variant_count"],
    ["保温水杯有几种容量", "variant_count"],
    ["how much is the tactile mechanical keyboard?", "product_price"],
    ["what does a yoga mat cost?", "product_price"],
    ["what was in my order W0010003?", "order_items"],
    ["W0020001里买了什么来着", "order_items"],
    ["when will my order arrive?", "arrival"],
    ["我的快递什么时候到", "arrival"],
    ["what's the tracking number", "tracking"],
    ["物流单号是多少", "tracking"],
  ])("%s → %s", (text, topic) => expect(questionTopic(text)).toBe(topic));

  it("leaves requests and answers alone", () => {
    expect(questionTopic("I want to return order #W0010005")).toBeUndefined();
    expect(questionTopic("88 Pine Road, Oakland CA 94610")).toBeUndefined();
    expect(questionTopic("yes")).toBeUndefined();
  });

  it("tells data topics from policy topics", () => {
    expect(isDataTopic("tracking")).toBe(true);
    expect(isDataTopic("return_window")).toBe(false);
    expect(isCatalogueTopic("product_price")).toBe(true);
    expect(isDataTopic("variant_count")).toBe(false);
  });
});

describe("questionTopic for questions asked in passing", () => {
  it.each([
    ["how much is left on my gift card?", "gift_card_balance"],
    ["换货能换多久啊", "exchange_window"],
    ["do you ship to Canada btw?", "general"],
    ["键盘保修多久", "general"],
    ["can I still get a company invoice for it later?", "general"],
    ["whats your return policy", "general"],
  ])("%s → %s", (text, topic) => expect(questionTopic(text)).toBe(topic));

  it("builds a KB query from the subject", () => {
    expect(kbQueryHint("do you ship to Canada btw?")).toContain("shipping");
    expect(kbQueryHint("hello")).toBeUndefined();
  });
});
