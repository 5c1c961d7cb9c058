import { afterAll, afterEach, describe, expect, it } from "vitest";
import { readDialogState } from "../../src/domain/dialog/dialog-state.js";
import { type Chat, openChat, removeFixtureNlu, texts } from "./fixtures/conversation-harness.js";

/** English flows, refusals and corrections the other files leave out, checked in the store. */
describe("en after-sales flows", () => {
  let chat: Chat;
  afterEach(async () => chat.close());
  afterAll(() => removeFixtureNlu());

  it("logistics by tracking number: the number in the request names the order", async () => {
    chat = await openChat("en");
    await chat.send("where is my parcel? tracking number 1Z999AA10123456799");
    const status = await chat.send("Sara Doe, 62701, sara.doe@example.com");
    expect(texts(status)).toMatch(/Order #W1000003 is shipped/);
    expect(texts(status)).toMatch(/Latest tracking \(1Z999AA10123456799\): in transit Peoria/);
    expect(texts(status)).not.toMatch(/Which order/);
  });

  it("logistics: a tracking number as the answer to 'which order?'", async () => {
    chat = await openChat("en");
    await chat.send("track my package");
    await chat.send("Sara Doe, 62701, sara.doe@example.com");
    const status = await chat.send("it's 1Z999AA10123456784");
    expect(texts(status)).toMatch(/Order #W1000002 is delivered/);
  });

  it("a new request naming an order before verification switches flows without counting as a failed login", async () => {
    chat = await openChat("en");
    await chat.send("where is my order");
    const switched = await chat.send("I want to return order #W1000002");
    expect(texts(switched)).not.toMatch(/couldn't find an account/);
    expect(switched.at(-1)?.explanation).toMatchObject({ flow: "return", step: "ask_identity" });
    const items = await chat.send("Sara Doe, 62701, sara.doe@example.com");
    expect(texts(items)).toMatch(/Which items of order #W1000002/);
    const state = readDialogState((await chat.conversation()).state);
    expect(state.log).not.toContain("verification failed");
  });

  it("warranty: asks which item when the request names none, then the problem and an explicit yes", async () => {
    chat = await openChat("en");
    await chat.send("something I bought stopped working, I need a warranty repair");
    await chat.send("Sara Doe, 62701, sara.doe@example.com");
    const items = await chat.send("#W1000002");
    expect(texts(items)).toMatch(/Which items of order #W1000002/);
    const details = await chat.send("the keyboard");
    expect(texts(details)).toMatch(/describe the problem/);
    const confirm = await chat.send("several keys do not register any more");
    expect(texts(confirm)).toMatch(/Warranty claim for order #W1000002: Mechanical Keyboard \(brown\)/);
    expect(texts(confirm)).toMatch(/Problem: several keys do not register/);
    expect(await chat.store.afterSales.listByOrder("#W1000002")).toEqual([]);
    await chat.send("yes");
    const [request] = await chat.store.afterSales.listByOrder("#W1000002");
    expect(request).toMatchObject({ kind: "warranty", status: "requested", conversationId: chat.conversationId });
    expect(request?.reason).toMatch(/several keys do not register/);
  });

  it("return refused for a pending order; 'actually the other order' retries with the delivered one", async () => {
    chat = await openChat("en");
    await chat.send("I want to return order #W1000001");
    const refused = await chat.send("Sara Doe, 62701, sara.doe@example.com");
    expect(texts(refused)).toMatch(/Sorry, I can't do that: Order #W1000001 is pending/);
    expect(refused.at(-1)?.explanation).toMatchObject({ flow: "return", step: "refused" });
    const retried = await chat.send("actually the other order");
    expect(texts(retried)).toMatch(/Which items of order #W1000002/);
    await chat.send("the t-shirt");
    await chat.send("gift card");
    await chat.send("yes");
    expect((await chat.store.orders.get("#W1000001"))?.status).toBe("pending");
    const [request] = await chat.store.afterSales.listByOrder("#W1000002");
    expect(request).toMatchObject({
      kind: "return",
      itemIndexes: [0],
      refundMethodId: "gift_card_1",
      amountCents: 2000,
    });
    expect(await chat.store.handoffs.listByConversation(chat.conversationId)).toEqual([]);
  });

  it("correction at confirmation: 'no wait, I meant order #W1000002' re-previews for that order", async () => {
    chat = await openChat("en");
    await chat.send("I need an invoice");
    await chat.send("Sara Doe, 62701, sara.doe@example.com");
    const first = await chat.send("#W1000003");
    expect(texts(first)).toMatch(/Request an invoice for order #W1000003/);
    const corrected = await chat.send("no wait, I meant order #W1000002");
    expect(texts(corrected)).toMatch(/Request an invoice for order #W1000002/);
    await chat.send("yes");
    expect(await chat.store.afterSales.listByOrder("#W1000003")).toEqual([]);
    const [request] = await chat.store.afterSales.listByOrder("#W1000002");
    expect(request).toMatchObject({ kind: "invoice" });
  });

  it("modify payment refused: the gift card balance does not cover the order", async () => {
    chat = await openChat("en");
    await chat.send("pay order #W1000001 with my gift card");
    const refused = await chat.send("Sara Doe, 62701, sara.doe@example.com");
    // The short gift card is explained and left out of the options; the shopper may pick another or stop.
    expect(texts(refused)).toMatch(/gift card balance \(\$50\.00\) does not cover the order total of \$80\.00/);
    expect(texts(refused)).toMatch(/Options: PayPal\./);
    const declined = await chat.send("no thanks");
    expect(texts(declined)).toMatch(/dropped that request; nothing was changed/);
    const order = await chat.store.orders.get("#W1000001");
    expect(order?.payments).toEqual([expect.objectContaining({ type: "payment", paymentMethodId: "credit_card_1" })]);
    expect(await chat.store.handoffs.listByConversation(chat.conversationId)).toEqual([]);
  });

  it("modify address refused for a delivered order; declining the handoff changes nothing", async () => {
    chat = await openChat("en");
    await chat.send("please ship order #W1000002 to a new address");
    const refused = await chat.send("Sara Doe, 62701, sara.doe@example.com");
    expect(texts(refused)).toMatch(/Sorry, I can't do that: Order #W1000002 is delivered/);
    expect(texts(refused)).not.toMatch(/send the new address/);
    await chat.send("no");
    expect((await chat.store.orders.get("#W1000002"))?.address).toMatchObject({ line1: "1 Main St" });
    expect(await chat.store.handoffs.listByConversation(chat.conversationId)).toEqual([]);
  });

  it("modify items refused the second time (once-only rule)", async () => {
    chat = await openChat("en");
    await chat.send("I want to change the item in order #W1000001");
    await chat.send("Sara Doe, 62701, sara.doe@example.com");
    await chat.send("brown please");
    await chat.send("yes");
    expect((await chat.store.orders.get("#W1000001"))?.status).toBe("pending_items_modified");
    const again = await chat.send("can I change the items of order #W1000001 again?");
    expect(texts(again)).toMatch(/Sorry, I can't do that/);
    expect((await chat.store.orders.get("#W1000001"))?.items[0]?.variantId).toBe("kb-brown");
  });

  it("refund status with nothing to report says so", async () => {
    chat = await openChat("en");
    await chat.send("Sara Doe, 62701, sara.doe@example.com");
    const reply = await chat.send("any news on my refund for #W1000003?");
    expect(texts(reply)).toMatch(/There are no refunds or after-sales requests on order #W1000003/);
  });

  it("three unusable answers inside a flow hand off with repeated_failure and a full summary", async () => {
    chat = await openChat("en");
    await chat.send("I want to change the payment method of #W1000001");
    const ask = await chat.send("Sara Doe, 62701, sara.doe@example.com");
    expect(texts(ask)).toMatch(/Which payment method/);
    await chat.send("hmm");
    await chat.send("uh");
    const reply = await chat.send("erm");
    expect(texts(reply)).toMatch(/connecting you with a colleague/);
    const [h] = await chat.store.handoffs.listByConversation(chat.conversationId);
    expect(h?.reason).toBe("repeated_failure");
    expect(h?.summary).toMatch(/Intent: modify_payment/);
    expect(h?.summary).toMatch(/Order: #W1000001/);
    expect(h?.summary).toMatch(/Customer: sara_doe_1/);
    expect(h?.summary).toMatch(/Sentiment: \w+/);
    expect(h?.summary).toMatch(/Tried: verified sara_doe_1/);
    expect((await chat.conversation()).status).toBe("waiting_agent");
  });

  it("policy refusal handoff: the summary names intent, order, sentiment and what was tried", async () => {
    chat = await openChat("en");
    await chat.send("please cancel order #W1000003, I don't need it any more");
    const refused = await chat.send("Sara Doe, 62701, sara.doe@example.com");
    expect(texts(refused)).toMatch(/Sorry, I can't do that/);
    // Answering the refused request further keeps the refusal and the offer open.
    const again = await chat.send("ordered by mistake");
    expect(texts(again)).toMatch(/haven't changed anything\. Would you like me to connect you/);
    await chat.send("yes please");
    const [h] = await chat.store.handoffs.listByConversation(chat.conversationId);
    expect(h).toMatchObject({ reason: "policy_refusal" });
    expect(h?.summary).toMatch(/Intent: cancel_order/);
    expect(h?.summary).toMatch(/Order: #W1000003/);
    expect(h?.summary).toMatch(/Sentiment: (neutral|positive|negative)/);
    expect(h?.summary).toMatch(/Tried: verified sara_doe_1; cancel_order #W1000003 refused: ORDER_STATUS_NOT_ALLOWED/);
    expect((await chat.store.orders.get("#W1000003"))?.status).toBe("shipped");
  });

  it("several requests with a digression: status, an FAQ, then a cancellation, then goodbye", async () => {
    chat = await openChat("en");
    await chat.send("where is order #W1000003?");
    const status = await chat.send("Sara Doe, 62701, sara.doe@example.com");
    expect(texts(status)).toMatch(/Order #W1000003 is shipped/);
    const faq = await chat.send("how much is shipping?");
    expect(faq[0]?.payload.citations).toEqual([
      { articleId: "kb_shipping_en", title: "Shipping fees and delivery times" },
    ]);
    await chat.send("ok, then cancel order #W1000001 please");
    await chat.send("ordered by mistake");
    const done = await chat.send("yes");
    expect(texts(done)).toMatch(/Done: Cancel order #W1000001/);
    const bye = await chat.send("bye");
    expect(texts(bye)).toMatch(/Goodbye/);
    expect((await chat.store.orders.get("#W1000001"))?.status).toBe("cancelled");
    const state = readDialogState((await chat.conversation()).state);
    expect(state.active).toBeUndefined();
    expect(state.log).toEqual(expect.arrayContaining([expect.stringMatching(/^cancel_order #W1000001 done/)]));
  });

  it("clarifying question on low confidence, then a picked choice starts that flow", async () => {
    chat = await openChat("en");
    const reply = await chat.send("what's the airspeed of an unladen swallow");
    expect(reply[0]?.explanation).toMatchObject({ step: "clarify" });
    const choices = reply[0]?.payload.quickReplies;
    expect(choices).toEqual(expect.arrayContaining([{ label: "Talk to a human", value: "Talk to a human" }]));
    const next = await chat.send("Cancel an order");
    expect(next[0]?.explanation).toMatchObject({ flow: "cancel_order" });
    expect(texts(next)).toMatch(/verify your identity/);
  });
});
