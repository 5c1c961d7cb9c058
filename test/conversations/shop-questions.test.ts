import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type Chat, fixtureNlu, openChat, removeFixtureNlu, texts } from "./fixtures/conversation-harness.js";

/** Questions about the catalogue (public) and about one's own order (after verification). */
describe("shop and order questions", () => {
  let chat: Chat;
  afterEach(async () => chat.close());
  afterAll(() => removeFixtureNlu());
  beforeAll(async () => void (await fixtureNlu()), 120_000);

  it("a catalogue question is answered without asking who the shopper is", async () => {
    chat = await openChat("en");
    const colours = await chat.send("how many colours does the t-shirt come in?");
    expect(texts(colours)).toMatch(/T-Shirt comes in 4 variants, 3 of them in stock/);
    expect(texts(colours)).not.toMatch(/verify your identity/);
    const price = await chat.send("how much is the brown mechanical keyboard?");
    expect(texts(price)).toMatch(/brown: \$80\.00/);
    expect(texts(price)).not.toMatch(/red:/);
  });

  it("zh: '…里买了什么' lists the order's items once verified", async () => {
    chat = await openChat("zh");
    const reply = await chat.send("W2000002里买了什么来着 手机13800138000");
    expect(texts(reply)).toMatch(/订单 #W2000002（[^）]+）包含：T恤 \(red \/ M\)；机械键盘 \(red\)/);
  });

  it("'what colours does it come in?' mid-exchange is about the item being exchanged; the step is asked again", async () => {
    chat = await openChat("en");
    await chat.send("sara.doe@example.com #W1000002 exchange the t-shirt");
    const reply = await chat.send("what colours does it come in?");
    expect(texts(reply)).toMatch(/T-Shirt comes in 4 variants/);
    expect(texts(reply)).toMatch(/Which T-Shirt would you like/);
  });
});
