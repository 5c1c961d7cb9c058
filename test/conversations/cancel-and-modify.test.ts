import { afterAll, afterEach, describe, expect, it } from "vitest";
import { CHINA_POLICY } from "../../src/domain/policy/shop-policy.js";
import { type Chat, openChat, removeFixtureNlu, texts } from "./fixtures/conversation-harness.js";

/** Cancel, address, payment and item changes of pending orders: happy paths, refusals, corrections. */
describe("pending-order flows", () => {
  let chat: Chat;
  afterEach(async () => chat.close());
  afterAll(() => removeFixtureNlu());

  it("en cancel: offers orders, asks the reason, confirms, cancels and refunds", async () => {
    chat = await openChat("en");
    await chat.send("I want to cancel my order");
    const orders = await chat.send("Sara Doe, 62701, sara.doe@example.com");
    expect(orders.at(-1)?.payload.quickReplies).toEqual(
      expect.arrayContaining([expect.objectContaining({ value: "#W1000001" })]),
    );
    const reason = await chat.send("#W1000001");
    expect(texts(reason)).toMatch(/why you want to cancel/);
    const confirm = await chat.send("no longer needed");
    expect(texts(confirm)).toMatch(/Cancel order #W1000001/);
    expect(texts(confirm)).toMatch(/\$80\.00/);
    expect(confirm.at(-1)?.payload.quickReplies).toEqual([
      { label: "Yes", value: "Yes" },
      { label: "No", value: "No" },
    ]);
    expect(confirm.at(-1)?.explanation).toMatchObject({ flow: "cancel_order", step: "confirm" });
    expect(confirm.at(-1)?.explanation?.rules).toEqual(
      expect.arrayContaining([expect.objectContaining({ passed: true })]),
    );
    expect((await chat.store.orders.get("#W1000001"))?.status).toBe("pending");
    const done = await chat.send("yes");
    expect(texts(done)).toMatch(/Done: Cancel order #W1000001/);
    const order = await chat.store.orders.get("#W1000001");
    expect(order?.status).toBe("cancelled");
    expect(order?.payments).toContainEqual(
      expect.objectContaining({ type: "refund", amountCents: 8000, paymentMethodId: "credit_card_1" }),
    );
    const [request] = await chat.store.afterSales.listByOrder("#W1000001");
    expect(request).toMatchObject({ kind: "cancel", conversationId: chat.conversationId, reason: "no longer needed" });
  });

  it("en cancel refused for a delivered order: explains the policy reason and hands off on request", async () => {
    chat = await openChat("en");
    await chat.send("cancel order #W1000002 please, I no longer need it");
    const refused = await chat.send("Sara Doe, 62701, sara.doe@example.com");
    expect(texts(refused)).toMatch(/Sorry, I can't do that/);
    expect(refused.at(-1)?.explanation).toMatchObject({ step: "refused" });
    const handoff = await chat.send("yes");
    expect(texts(handoff)).toMatch(/connecting you/);
    const [h] = await chat.store.handoffs.listByConversation(chat.conversationId);
    expect(h?.reason).toBe("policy_refusal");
    expect(h?.summary).toMatch(/cancel_order #W1000002 refused/);
    expect((await chat.store.orders.get("#W1000002"))?.status).toBe("delivered");
  });

  it("zh cancel with a correction: '不对，是另一个订单' after a refusal retries with the other order", async () => {
    chat = await openChat("zh");
    await chat.send("我要取消订单");
    await chat.send("王小明 518000 13800138000");
    const refused = await chat.send("#W2000002");
    expect(texts(refused)).toMatch(/抱歉，无法办理/);
    const corrected = await chat.send("不对，是另一个订单");
    expect(texts(corrected)).toMatch(/取消的原因/);
    const confirm = await chat.send("下错单了");
    expect(texts(confirm)).toMatch(/取消订单 #W2000001/);
    const done = await chat.send("是");
    expect(texts(done)).toMatch(/已办理/);
    expect((await chat.store.orders.get("#W2000001"))?.status).toBe("cancelled");
    expect((await chat.store.orders.get("#W2000002"))?.status).toBe("delivered");
  });

  it("zh deny at confirmation changes nothing", async () => {
    chat = await openChat("zh");
    await chat.send("取消订单 #W2000001，不需要了");
    const confirm = await chat.send("王小明 518000");
    expect(texts(confirm)).toMatch(/请确认/);
    const denied = await chat.send("否");
    expect(texts(denied)).toMatch(/没有做任何修改/);
    expect((await chat.store.orders.get("#W2000001"))?.status).toBe("pending");
    expect(await chat.store.afterSales.listByOrder("#W2000001")).toEqual([]);
  });

  it("en modify address of a pending order", async () => {
    chat = await openChat("en");
    await chat.send("I need to change the shipping address of order #W1000001");
    const ask = await chat.send("Sara Doe, 62701, sara.doe@example.com");
    expect(texts(ask)).toMatch(/new address/);
    const confirm = await chat.send("12 Oak Ave, Springfield, IL 62702, USA");
    expect(texts(confirm)).toMatch(/Ship order #W1000001 to: 12 Oak Ave, Springfield, IL 62702, USA/);
    expect(texts(confirm)).toMatch(
      /\(Street: 12 Oak Ave · City: Springfield · State: IL · Zip: 62702 · Country: USA\)/,
    );
    await chat.send("yes");
    expect((await chat.store.orders.get("#W1000001"))?.address).toMatchObject({ line1: "12 Oak Ave", zip: "62702" });
  });

  it("zh modify address refused for a delivered order under the China policy", async () => {
    chat = await openChat("zh", { policy: CHINA_POLICY });
    await chat.send("我想修改订单 #W2000002 的收货地址");
    // The order's status rules it out, so the bot refuses before asking for an address.
    const refused = await chat.send("王小明 518000 13800138000");
    expect(texts(refused)).toMatch(/抱歉，无法办理/);
    expect(texts(refused)).not.toMatch(/请发送新地址/);
    expect(refused.at(-1)?.explanation?.rules).toEqual(
      expect.arrayContaining([expect.objectContaining({ passed: false })]),
    );
    expect((await chat.store.orders.get("#W2000002"))?.address.city).toBe("深圳市");
  });

  it("en modify payment: picks PayPal, records the new payment", async () => {
    chat = await openChat("en");
    await chat.send("can I change the payment method for #W1000001?");
    const ask = await chat.send("Sara Doe, 62701, sara.doe@example.com");
    expect(texts(ask)).toMatch(/Which payment method/);
    const confirm = await chat.send("paypal");
    expect(texts(confirm)).toMatch(/Pay order #W1000001 with: PayPal/);
    await chat.send("yes");
    const order = await chat.store.orders.get("#W1000001");
    expect(order?.payments).toContainEqual(expect.objectContaining({ type: "payment", paymentMethodId: "paypal_1" }));
  });

  it("en modify items: keyboard red switch → brown via option mention, once per order", async () => {
    chat = await openChat("en");
    await chat.send("I want to change the item in order #W1000001");
    const ask = await chat.send("Sara Doe, 62701, sara.doe@example.com");
    expect(texts(ask)).toMatch(/Which Mechanical Keyboard would you like/);
    const confirm = await chat.send("brown please");
    expect(texts(confirm)).toMatch(/Mechanical Keyboard \(red\) → Mechanical Keyboard \(brown\)/);
    await chat.send("yes");
    const order = await chat.store.orders.get("#W1000001");
    expect(order?.status).toBe("pending_items_modified");
    expect(order?.items[0]?.variantId).toBe("kb-brown");
  });
});
