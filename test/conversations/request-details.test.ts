import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_POLICY } from "../../src/domain/policy/shop-policy.js";
import { type Chat, fixtureNlu, openChat, removeFixtureNlu, texts } from "./fixtures/conversation-harness.js";

/** Details of a one-sentence request that used to be lost: a typo in the product, a gift card short of the total. */
describe("details read from the request", () => {
  let chat: Chat;
  afterEach(async () => chat.close());
  afterAll(() => removeFixtureNlu());
  beforeAll(async () => void (await fixtureNlu()), 120_000);

  it("'retrun the keybaord from #W1000002' picks the keyboard despite the typos", async () => {
    chat = await openChat("en");
    const reply = await chat.send("retrun the keybaord from #W1000002 to my gift card pls, sara.doe@example.com");
    expect(texts(reply)).toMatch(/Return from order #W1000002: Mechanical Keyboard \(brown\)/);
    expect(texts(reply)).not.toMatch(/Which items/);
  });

  it("'return the last one from #W1000002' picks the last item by its position", async () => {
    chat = await openChat("en");
    const reply = await chat.send("return the last one from #W1000002 to my gift card, sara.doe@example.com");
    expect(texts(reply)).toMatch(/Return from order #W1000002: Mechanical Keyboard \(brown\)/);
  });

  it("a gift card short of the total is explained and not offered; the shopper picks another", async () => {
    chat = await openChat("en", { policy: { ...DEFAULT_POLICY, giftCardMustCover: true } });
    const reply = await chat.send("pay #W1000001 with my gift card please, sara.doe@example.com");
    expect(texts(reply)).toMatch(/\$50\.00\) does not cover the order total of \$80\.00/);
    expect(texts(reply)).not.toMatch(/Shall I go ahead|colleague/);
    expect(texts(reply)).toMatch(/Options: PayPal/);
    expect(texts(reply)).not.toMatch(/Options:.*gift card/i);
    const confirm = await chat.send("ok paypal then");
    expect(texts(confirm)).toMatch(/Pay order #W1000001 with: PayPal/);
    await chat.send("yes");
    const payments = (await chat.store.orders.get("#W1000001"))?.payments ?? [];
    expect(payments.filter((p) => p.type === "payment").at(-1)?.paymentMethodId).toBe("paypal_1");
  });
});
