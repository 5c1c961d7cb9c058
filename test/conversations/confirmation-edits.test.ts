import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type Chat, fixtureNlu, openChat, removeFixtureNlu, texts } from "./fixtures/conversation-harness.js";

/** What shoppers say at "Shall I go ahead?" when it is neither a plain yes nor a plain no. */
describe("changes at the confirmation", () => {
  let chat: Chat;
  afterEach(async () => chat.close());
  afterAll(() => removeFixtureNlu());
  beforeAll(async () => void (await fixtureNlu()), 120_000);

  it("zh: '不对不对，是建国路99号' changes only the street and re-confirms", async () => {
    chat = await openChat("zh");
    const confirm = await chat.send("W2000001 地址改成北京市朝阳区建国路88号 100022 手机13800138000");
    expect(texts(confirm)).toMatch(/朝阳区建国路88号/);
    const fixed = await chat.send("不对不对，是建国路99号");
    expect(texts(fixed)).toMatch(/朝阳区建国路99号/);
    await chat.send("对");
    const order = await chat.store.orders.get("#W2000001");
    expect(order?.address).toMatchObject({ line1: "朝阳区建国路99号", city: "北京市", zip: "100022" });
  });

  it("zh: '算了，只退键盘' narrows a two-item return instead of dropping it", async () => {
    chat = await openChat("zh");
    await chat.send("W2000002 两件都退，退到支付宝 13800138000");
    const narrowed = await chat.send("算了，只退键盘");
    expect(texts(narrowed)).toMatch(/机械键盘|Mechanical Keyboard/);
    expect(texts(narrowed)).not.toMatch(/T-Shirt \(red/);
    await chat.send("确认");
    const [request] = await chat.store.afterSales.listByOrder("#W2000002");
    expect(request).toMatchObject({ kind: "return", itemIndexes: [1] });
  });

  it("en: 'hmm make it blue L instead' changes the new variant of the exchange", async () => {
    chat = await openChat("en");
    const confirm = await chat.send("sara.doe@example.com #W1000002 exchange the t-shirt for blue M");
    expect(texts(confirm)).toMatch(/T-Shirt \(red \/ M\) → T-Shirt \(blue \/ M\)/);
    const changed = await chat.send("hmm make it blue L instead");
    expect(texts(changed)).toMatch(/T-Shirt \(red \/ M\) → T-Shirt \(blue \/ L\)/);
    await chat.send("yes");
    const [request] = await chat.store.afterSales.listByOrder("#W1000002");
    expect(request).toMatchObject({ kind: "exchange", itemIndexes: [0], newVariantIds: ["ts-blue-l"] });
  });

  it("en: 'wait, how long do I have to return stuff?' is answered, then the same confirmation is asked again", async () => {
    chat = await openChat("en");
    await chat.send("sara.doe@example.com #W1000002 return the t-shirt");
    const asked = await chat.send("gift card");
    expect(texts(asked)).toMatch(/Shall I go ahead/);
    const answer = await chat.send("wait how many days do i have to return stuff?");
    expect(texts(answer)).not.toMatch(/haven't changed anything/);
    expect(texts(answer)).toMatch(/Shall I go ahead/);
    await chat.send("ok yes go ahead");
    expect((await chat.store.orders.get("#W1000002"))?.status).toBe("return_requested");
  });

  it("en: a sold-out size asked for in the request is said to be out of stock", async () => {
    chat = await openChat("en");
    const reply = await chat.send("sara.doe@example.com #W1000002 exchange the t-shirt for red L");
    expect(texts(reply)).toMatch(/red \/ L is out of stock/);
    expect(texts(reply)).toMatch(/Which T-Shirt would you like/);
  });

  it("en: another product is not an exchange; the shopper hears why", async () => {
    chat = await openChat("en");
    const reply = await chat.send("sara.doe@example.com #W1000002 swap the t-shirt for the keyboard");
    expect(texts(reply)).toMatch(/same product/);
  });
});
