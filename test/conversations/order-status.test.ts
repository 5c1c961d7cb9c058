import { afterAll, afterEach, describe, expect, it } from "vitest";
import { type Chat, openChat, removeFixtureNlu, texts } from "./fixtures/conversation-harness.js";

describe("order status (read-only flow) with identity verification", () => {
  let chat: Chat;
  afterEach(async () => chat.close());
  afterAll(() => removeFixtureNlu());

  it("en: asks for identity first, then offers the shopper's orders and shows status with tracking", async () => {
    chat = await openChat("en");
    expect(chat.greeting[0]?.payload).toHaveProperty("quickReplies");
    const first = await chat.send("Hi, where is my order?");
    expect(texts(first)).toMatch(/verify your identity/);
    expect(first[0]?.explanation).toMatchObject({ intent: "order_status", flow: "order_status" });
    const verified = await chat.send("my email is sara.doe@example.com, I'm Sara Doe, zip 62701");
    expect(texts(verified)).toMatch(/Sara Doe, you're verified/);
    const choices = verified.at(-1)?.payload.quickReplies;
    expect(choices).toEqual(expect.arrayContaining([expect.objectContaining({ value: "#W1000003" })]));
    expect((await chat.conversation()).verifiedCustomerId).toBe("sara_doe_1");
    const status = await chat.send("the first one please");
    expect(texts(status)).toMatch(/Order #W1000003 is shipped/);
    expect(texts(status)).toMatch(/in transit Peoria/);
    expect(status[0]?.payload.orderCards).toEqual([
      expect.objectContaining({
        orderId: "#W1000003",
        shipments: [expect.objectContaining({ timeline: [expect.anything(), expect.anything()] })],
      }),
    ]);
    expect(status[0]?.explanation).toMatchObject({ step: "order_status" });
  });

  it("zh: verifies by phone, answers in Chinese; someone else's order is 'not found'", async () => {
    chat = await openChat("zh");
    await chat.send("我的快递到哪了");
    const verified = await chat.send("手机号 13800138000，王小明，邮编518000");
    expect(texts(verified)).toMatch(/谢谢王小明，身份已核实/);
    const other = await chat.send("订单号 #W1000002");
    expect(texts(other)).toMatch(/没有找到订单 #W1000002/);
    // Her own orders may be offered instead; nothing of the other customer's order is shown.
    expect(texts(other)).not.toMatch(/#W1000002[^\n]*(T-Shirt|已送达)/);
    const own = await chat.send("#W2000002");
    expect(texts(own)).toMatch(/订单 #W2000002 的状态：已送达/);
    expect((await chat.conversation()).locale).toBe("zh");
  });

  it("verifies by name and zip, and never shows order data before verification", async () => {
    chat = await openChat("en");
    const early = await chat.send("What's the status of order #W1000002?");
    expect(texts(early)).not.toMatch(/delivered/);
    expect(texts(early)).toMatch(/verify/);
    const partial = await chat.send("My name is Sara Doe");
    expect(texts(partial)).toMatch(/zip code/);
    const done = await chat.send("62701");
    expect(texts(done)).toMatch(/Order #W1000002 is delivered/);
  });

  it("wrong identity three times hands off with repeated_failure", async () => {
    chat = await openChat("en");
    await chat.send("where is my order");
    // Each attempt is complete (email + order number) and matches no account.
    await chat.send("nobody@example.com #W1000001");
    await chat.send("ghost@example.com #W1000002");
    const last = await chat.send("who@example.com #W1000003");
    expect(texts(last)).toMatch(/connecting you with a colleague/);
    const handoffs = await chat.store.handoffs.listByConversation(chat.conversationId);
    expect(handoffs[0]?.reason).toBe("repeated_failure");
    expect((await chat.conversation()).status).toBe("waiting_agent");
  });
});

describe("shopper findings on the τ² shop", () => {
  let chat: Chat;
  afterEach(async () => chat.close());
  afterAll(() => removeFixtureNlu());

  it("a shipment with a tracking number but no carrier scans (τ² imports) states the number", async () => {
    chat = await openChat("en");
    const order = await chat.store.orders.get("#W1000002");
    if (!order) throw new Error("fixture order missing");
    await chat.store.orders.upsert({
      ...order,
      fulfillments: [{ trackingIds: ["395712707145"], variantIds: [], events: [] }],
    });
    const all = texts(await chat.send("Sara Doe, 62701, sara.doe@example.com - where is #W1000002?"));
    expect(all).toMatch(/Tracking number: 395712707145/);
    expect(all).not.toMatch(/no tracking information/);
  });

  it("'order #W…' answering 'which order?' fills the order instead of looping through a status reply", async () => {
    chat = await openChat("en");
    await chat.send("I need to cancel an order");
    await chat.send("Sara Doe, 62701, sara.doe@example.com");
    const next = await chat.send("order #W1000001");
    expect(texts(next)).not.toMatch(/Which order is it about/);
    expect(texts(next)).not.toMatch(/back to your earlier request/);
  });
});
