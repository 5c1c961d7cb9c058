import { afterAll, afterEach, describe, expect, it } from "vitest";
import { readDialogState } from "../../src/domain/dialog/dialog-state.js";
import { CHINA_POLICY } from "../../src/domain/policy/shop-policy.js";
import { type Chat, openChat, removeFixtureNlu, texts } from "./fixtures/conversation-harness.js";

/** Returns, exchanges and refund status of delivered orders. */
describe("delivered-order flows", () => {
  let chat: Chat;
  afterEach(async () => chat.close());
  afterAll(() => removeFixtureNlu());

  it("en return with item choice, refund destination and an item correction before confirming", async () => {
    chat = await openChat("en");
    await chat.send("I'd like to return something");
    const orders = await chat.send("Sara Doe, 62701, sara.doe@example.com");
    expect(orders.at(-1)?.payload.quickReplies).toEqual(
      expect.arrayContaining([expect.objectContaining({ value: "#W1000002" })]),
    );
    const items = await chat.send("#W1000002");
    expect(texts(items)).toMatch(/Which items of order #W1000002/);
    expect(items.at(-1)?.payload.quickReplies).toEqual(
      expect.arrayContaining([{ label: "1. T-Shirt (red / M)", value: "item:0" }]),
    );
    const refund = await chat.send("the t-shirt");
    expect(texts(refund)).toMatch(/Where should the refund go/);
    const confirm = await chat.send("gift card");
    expect(texts(confirm)).toMatch(/Return from order #W1000002: T-Shirt \(red \/ M\)/);
    expect(texts(confirm)).toMatch(/Refund \$20\.00 to: gift card/);
    const corrected = await chat.send("no, item 2");
    expect(texts(corrected)).toMatch(/Return from order #W1000002: Mechanical Keyboard \(brown\)/);
    await chat.send("yes");
    const order = await chat.store.orders.get("#W1000002");
    expect(order?.status).toBe("return_requested");
    const [request] = await chat.store.afterSales.listByOrder("#W1000002");
    expect(request).toMatchObject({
      kind: "return",
      itemIndexes: [1],
      refundMethodId: "gift_card_1",
      amountCents: 8000,
    });
  });

  // "换成蓝色M码" answers the variant question (a change word there is not a correction).
  it("zh exchange: picks the item by position and the new variant by '蓝色M码'", async () => {
    chat = await openChat("zh");
    await chat.send("我想换货");
    await chat.send("王小明 518000 13800138000");
    const items = await chat.send("#W2000002");
    expect(texts(items)).toMatch(/哪几件商品/);
    const variant = await chat.send("第一件");
    expect(texts(variant)).toMatch(/想换成哪一款/);
    const confirm = await chat.send("换成蓝色M码");
    expect(texts(confirm)).toMatch(/T恤 \(red \/ M\) → T恤 \(blue \/ M\)/);
    const done = await chat.send("是的，确认");
    // An exchange waits for staff review: the reply must not claim it is done.
    expect(texts(done)).toMatch(/已为您提交申请，等待审核/);
    expect(texts(done)).not.toMatch(/已办理/);
    const order = await chat.store.orders.get("#W2000002");
    expect(order?.status).toBe("exchange_requested");
    const [request] = await chat.store.afterSales.listByOrder("#W2000002");
    expect(request).toMatchObject({ kind: "exchange", itemIndexes: [0], newVariantIds: ["ts-blue-m"] });
  });

  it("en exchange refused for an unavailable variant explains why", async () => {
    chat = await openChat("en");
    await chat.send("exchange the t-shirt in order #W1000002");
    // The request named the item, so the bot goes straight to the new variant.
    const variant = await chat.send("Sara Doe, 62701, sara.doe@example.com");
    expect(texts(variant)).toMatch(/Which T-Shirt would you like/);
    const refused = await chat.send("ts-red-l");
    expect(texts(refused)).toMatch(/Sorry, I can't do that/);
    expect((await chat.store.orders.get("#W1000002"))?.status).toBe("delivered");
  });

  it("zh return refused after the 7-day window of the China policy", async () => {
    chat = await openChat("zh", { policy: CHINA_POLICY });
    await chat.send("我要退货");
    await chat.send("王小明 518000 13800138000");
    // Delivered 8 days ago: refused as soon as the order is known, before items or refund are asked.
    const refund = await chat.send("#W2000002");
    const refused = texts(refund);
    expect(refused).toMatch(/已签收 8 天/);
    expect(refused).toMatch(/抱歉，无法办理/);
    expect(refund.at(-1)?.explanation).toMatchObject({ step: "refused" });
    expect((await chat.store.orders.get("#W2000002"))?.status).toBe("delivered");
  });

  it("several requests in one conversation: return, then refund status, then order status", async () => {
    chat = await openChat("en");
    await chat.send("I want to return the keyboard from order #W1000002");
    const refundTo = await chat.send("Sara Doe, 62701, sara.doe@example.com");
    expect(texts(refundTo)).toMatch(/Where should the refund go/);
    await chat.send("credit card");
    await chat.send("yes");
    const refund = await chat.send("what's the status of my refund for #W1000002?");
    expect(texts(refund)).toMatch(/return request \(requested\)/);
    const status = await chat.send("and where is order #W1000003?");
    expect(texts(status)).toMatch(/Order #W1000003 is shipped/);
    const state = readDialogState((await chat.conversation()).state);
    expect(state.log.some((l) => l.startsWith("return #W1000002 submitted"))).toBe(true);
  });
});
