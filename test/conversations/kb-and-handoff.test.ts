import { afterAll, afterEach, describe, expect, it } from "vitest";
import { type Chat, openChat, removeFixtureNlu, texts } from "./fixtures/conversation-harness.js";

describe("KB answers, digressions and handoffs", () => {
  let chat: Chat;
  afterEach(async () => chat.close());
  afterAll(() => removeFixtureNlu());

  it("en: answers an FAQ with a citation mid-flow, then resumes the flow", async () => {
    chat = await openChat("en");
    await chat.send("where is my order");
    await chat.send("Sara Doe, 62701, sara.doe@example.com");
    const faq = await chat.send("how long do refunds take?");
    expect(faq[0]?.text).toMatch(/5-7 business days/);
    expect(faq[0]?.payload.citations).toEqual([{ articleId: "kb_refund_time_en", title: "How long do refunds take?" }]);
    expect(faq[0]?.explanation).toMatchObject({ kbArticleIds: ["kb_refund_time_en"] });
    expect(texts(faq)).toMatch(/Which order is it about\?/);
    const status = await chat.send("#W1000003");
    expect(texts(status)).toMatch(/Order #W1000003 is shipped/);
  });

  it("zh: answers from the Chinese article and cites it", async () => {
    chat = await openChat("zh");
    const faq = await chat.send("运费怎么算？");
    expect(faq[0]?.text).toMatch(/满50元包邮/);
    expect(faq[0]?.payload.citations).toEqual([{ articleId: "kb_shipping_zh", title: "运费和配送时间" }]);
  });

  it("does not answer below the KB threshold: asks a clarifying question instead", async () => {
    chat = await openChat("en");
    const reply = await chat.send("what's the airspeed of an unladen swallow");
    expect(reply[0]?.payload).not.toHaveProperty("citations");
    expect(reply[0]?.explanation).toMatchObject({ step: "clarify", kbArticleIds: [] });
    expect(reply[0]?.payload.quickReplies).toEqual(
      expect.arrayContaining([{ label: "Talk to a human", value: "Talk to a human" }, expect.anything()]),
    );
  });

  it("zh: an explicit request for a human hands off with a summary", async () => {
    chat = await openChat("zh");
    const reply = await chat.send("你们太差劲了，我要找人工客服");
    expect(texts(reply)).toMatch(/转接人工客服/);
    const [handoff] = await chat.store.handoffs.listByConversation(chat.conversationId);
    expect(handoff?.reason).toBe("requested");
    expect(handoff?.summary).toMatch(/Sentiment: negative/);
    expect(handoff?.summary).toMatch(/Language: zh/);
    expect((await chat.conversation()).status).toBe("waiting_agent");
  });

  it("en: anger hands off with negative_sentiment and high priority, summary keeps the order", async () => {
    chat = await openChat("en");
    await chat.send("where is my order");
    await chat.send("Sara Doe, 62701, sara.doe@example.com");
    await chat.send("#W1000003");
    const reply = await chat.send("This is ridiculous, you are useless and I am furious!!!");
    expect(texts(reply)).toMatch(/connecting you with a colleague/);
    const [handoff] = await chat.store.handoffs.listByConversation(chat.conversationId);
    expect(handoff?.reason).toBe("negative_sentiment");
    expect(handoff?.priority).toBeGreaterThanOrEqual(80);
    expect(handoff?.summary).toMatch(/Customer: sara_doe_1/);
    expect(handoff?.summary).toMatch(/verified sara_doe_1/);
  });

  it("three unusable messages in a row hand off with low_confidence", async () => {
    chat = await openChat("en");
    await chat.send("asdf qwer");
    await chat.send("blorp zig");
    const reply = await chat.send("zzzz");
    expect(texts(reply)).toMatch(/connecting you with a colleague/);
    const [handoff] = await chat.store.handoffs.listByConversation(chat.conversationId);
    expect(handoff?.reason).toBe("low_confidence");
  });

  it("greets in the conversation's language with quick replies", async () => {
    chat = await openChat("zh");
    expect(chat.greeting[0]?.text).toMatch(/智能客服/);
    expect(chat.greeting[0]?.payload.quickReplies).toEqual(expect.arrayContaining([{ label: "退货", value: "退货" }]));
  });
});
