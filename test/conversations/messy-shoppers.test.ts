import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { reviewAfterSalesRequest } from "../../src/application/use-cases/after-sales/review-after-sales-request.js";
import { CHINA_POLICY, TAU2_POLICY } from "../../src/domain/policy/shop-policy.js";
import { type Chat, fixtureNlu, NOW, openChat, removeFixtureNlu, texts } from "./fixtures/conversation-harness.js";

/** Shoppers as they really type: one-sentence requests, typos, 中英混杂, questions and changes of mind mid-flow. */
describe("messy shoppers", () => {
  let chat: Chat;
  afterEach(async () => chat.close());
  afterAll(() => removeFixtureNlu());
  beforeAll(async () => void (await fixtureNlu()), 120_000);

  it("zh: a button click ('item:0') keeps the Chinese chat Chinese", async () => {
    chat = await openChat("zh");
    await chat.send("我要退货 #W2000002");
    const items = await chat.send("13800138000");
    expect(texts(items)).toMatch(/哪几件商品/);
    const next = await chat.send("item:0");
    expect(texts(next)).toMatch(/[\u4e00-\u9fff]/);
    expect(next.every((m) => m.explanation?.language === "zh")).toBe(true);
    expect((await chat.conversation()).locale).toBe("zh");
  });

  it("mixed language: '我想退货 my order W2000002 please' is a return, not a cancel", async () => {
    chat = await openChat("en");
    const first = await chat.send("我想退货 my order W2000002 please");
    expect(first.at(-1)?.explanation).toMatchObject({ flow: "return" });
    const items = await chat.send("13800138000");
    expect(texts(items)).toMatch(/哪几件商品/);
    expect((await chat.store.orders.get("#W2000002"))?.status).toBe("delivered");
  });

  it("identity and request in the first message: the request runs after verification", async () => {
    chat = await openChat("en");
    const reply = await chat.send("hi its sara.doe@example.com, pls cancel #W1000001 i ordered it by mistake");
    expect(texts(reply)).toMatch(/you're verified/);
    expect(texts(reply)).toMatch(/Cancel order #W1000001/);
    await chat.send("yes");
    expect((await chat.store.orders.get("#W1000001"))?.status).toBe("cancelled");
  });

  it("ordinals and 'both': 'the second one' picks the keyboard, 'both' picks every item", async () => {
    chat = await openChat("en");
    await chat.send("sara.doe@example.com");
    await chat.send("i want to retrun stuff from #W1000002");
    const refundTo = await chat.send("the second one");
    expect(texts(refundTo)).toMatch(/Where should the refund go/);
    const confirm = await chat.send("gift card");
    expect(texts(confirm)).toMatch(/Return from order #W1000002: Mechanical Keyboard \(brown\)/);
    const both = await chat.send("no wait, both of them");
    expect(texts(both)).toMatch(/T-Shirt \(red \/ M\); Mechanical Keyboard \(brown\)/);
    const done = await chat.send("yes");
    expect(texts(done)).toMatch(/submitted your request for review/);
    const [request] = await chat.store.afterSales.listByOrder("#W1000002");
    expect(request).toMatchObject({
      kind: "return",
      itemIndexes: [0, 1],
      refundMethodId: "gift_card_1",
      status: "requested",
    });
  });

  it("correction at confirmation: 'No, use my gift card instead' re-confirms with the gift card", async () => {
    chat = await openChat("en");
    await chat.send("sara.doe@example.com");
    await chat.send("return the keyboard from #W1000002 to my visa");
    const again = await chat.send("No, use my gift card instead");
    expect(texts(again)).toMatch(/Refund \$80\.00 to: gift card/);
    expect(again.at(-1)?.explanation).toMatchObject({ step: "confirm" });
    await chat.send("yes");
    const [request] = await chat.store.afterSales.listByOrder("#W1000002");
    expect(request).toMatchObject({ refundMethodId: "gift_card_1", itemIndexes: [1] });
  });

  it("offer only what can succeed: under the China policy the gift card is not offered, and a request for it names the rule", async () => {
    chat = await openChat("zh", { policy: { ...CHINA_POLICY, returnWindowDays: 30, noReasonReturnDays: 30 } });
    await chat.send("13800138000");
    const confirm = await chat.send("#W2000002 的键盘我要退货");
    // Only the original method is allowed: chosen without asking, no gift card offered.
    expect(texts(confirm)).toMatch(/退至：支付宝/);
    const rule = await chat.send("退到礼品卡吧");
    expect(texts(rule)).toMatch(/不能使用该支付方式/);
    expect(texts(rule)).toMatch(/退至：支付宝/);
  });

  it("'No wait, I want to keep it' drops the cancel without a handoff; goodbye resolves the chat", async () => {
    chat = await openChat("en");
    await chat.send("sara.doe@example.com");
    await chat.send("cancel order #W1000001, no longer needed");
    const kept = await chat.send("No wait, I want to keep it");
    expect(texts(kept)).toMatch(/dropped that request/);
    expect(await chat.store.handoffs.listByConversation(chat.conversationId)).toEqual([]);
    expect((await chat.store.orders.get("#W1000001"))?.status).toBe("pending");
    const bye = await chat.send("ok goodbye");
    expect(texts(bye)).toMatch(/Goodbye/);
    expect((await chat.conversation()).status).toBe("resolved");
  });

  it("digressions: the live return window (not the 30-day article), data questions, then the pending step", async () => {
    chat = await openChat("en", { policy: CHINA_POLICY });
    await chat.send("i want to return something");
    await chat.send("sara.doe@example.com");
    const window = await chat.send("how many days do I have to return something?");
    expect(window[0]?.text).toMatch(/within 7 days of delivery/);
    expect(texts(window)).not.toMatch(/30 days/);
    const tracking = await chat.send("whats the tracking number for #W1000003");
    expect(texts(tracking)).toMatch(/1Z999AA10123456799 \(UPS\)/);
    const balance = await chat.send("and my gift card balance?");
    expect(texts(balance)).toMatch(/\$50\.00/);
    const paid = await chat.send("how much did I pay for W1000002?");
    expect(texts(paid)).toMatch(/\$100\.00/);
  });

  it("two requests in one message are done in turn", async () => {
    chat = await openChat("en", { policy: TAU2_POLICY });
    await chat.send("sara.doe@example.com");
    const first = await chat.send(
      "cancel #W1000001 because i ordered by mistake, and also where is my order #W1000003?",
    );
    expect(texts(first)).toMatch(/Cancel order #W1000001/);
    const done = await chat.send("yes");
    expect(texts(done)).toMatch(/Done: Cancel order #W1000001/);
    expect(texts(done)).toMatch(/Order #W1000003 is shipped/);
    expect((await chat.store.orders.get("#W1000001"))?.status).toBe("cancelled");
  });

  it("staff review: the shopper is told in their language, with the reason on rejection", async () => {
    chat = await openChat("zh", { policy: { ...CHINA_POLICY, returnWindowDays: 30, noReasonReturnDays: 30 } });
    await chat.send("13800138000");
    await chat.send("#W2000002 键盘退货");
    const submitted = await chat.send("确认");
    expect(texts(submitted)).toMatch(/已为您提交申请，等待审核/);
    const [request] = await chat.store.afterSales.listByOrder("#W2000002");
    if (!request) throw new Error("no request recorded");
    const deps = {
      store: chat.store,
      clock: { now: () => new Date(NOW), nowIso: () => NOW },
      ids: { next: (p: string) => `${p}_review` },
      loadPolicy: async () => CHINA_POLICY,
    };
    const result = await reviewAfterSalesRequest(deps, {
      requestId: request.id,
      decision: "reject",
      note: "商品有使用痕迹",
      actor: { type: "staff", id: "staff_1" },
    });
    expect(result.notice?.text).toMatch(/未通过审核。原因：商品有使用痕迹/);
    const messages = await chat.store.messages.listSince(chat.conversationId, 0);
    expect(messages.at(-1)).toMatchObject({ author: "bot", text: result.notice?.text });
    expect((await chat.store.orders.get("#W2000002"))?.status).toBe("delivered");
  });
});
