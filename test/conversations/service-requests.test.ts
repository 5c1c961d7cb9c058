import { afterAll, afterEach, describe, expect, it } from "vitest";
import { type Chat, openChat, removeFixtureNlu, texts } from "./fixtures/conversation-harness.js";

/** Invoice, warranty, complaint and default-address flows: recorded requests after an explicit yes. */
describe("service request flows", () => {
  let chat: Chat;
  afterEach(async () => chat.close());
  afterAll(() => removeFixtureNlu());

  it("en invoice: order choice, confirmation, an invoice request on the order", async () => {
    chat = await openChat("en");
    await chat.send("I need an invoice for my order");
    await chat.send("Sara Doe, 62701, sara.doe@example.com");
    const confirm = await chat.send("#W1000002");
    expect(texts(confirm)).toMatch(/Request an invoice for order #W1000002/);
    await chat.send("yes");
    const [request] = await chat.store.afterSales.listByOrder("#W1000002");
    expect(request).toMatchObject({ kind: "invoice", status: "requested", conversationId: chat.conversationId });
  });

  it("zh warranty: the item named in the request, problem description, then a warranty request", async () => {
    chat = await openChat("zh");
    await chat.send("键盘坏了，想申请保修");
    await chat.send("王小明 518000 13800138000");
    const details = await chat.send("#W2000002");
    expect(texts(details)).not.toMatch(/哪几件商品/);
    expect(texts(details)).toMatch(/描述一下遇到的问题/);
    const confirm = await chat.send("按键失灵，有几个键按下去没反应");
    expect(texts(confirm)).toMatch(/保修申请/);
    await chat.send("确认");
    const [request] = await chat.store.afterSales.listByOrder("#W2000002");
    expect(request).toMatchObject({ kind: "warranty", status: "requested" });
    expect(request?.reason).toMatch(/按键失灵/);
  });

  it("en complaint keeps the shopper's own words as details; 'no' at confirmation records nothing", async () => {
    chat = await openChat("en");
    await chat.send("I want to make a complaint, the courier left my parcel in the rain");
    await chat.send("Sara Doe, 62701, sara.doe@example.com");
    const confirm = await chat.send("#W1000003");
    expect(texts(confirm)).toMatch(
      /Complaint about order #W1000003: I want to make a complaint, the courier left my parcel/,
    );
    await chat.send("no");
    expect(await chat.store.afterSales.listByOrder("#W1000003")).toEqual([]);
    await chat.send("I want to make a complaint, the courier left my parcel in the rain");
    await chat.send("#W1000003");
    await chat.send("yes");
    const [request] = await chat.store.afterSales.listByOrder("#W1000003");
    expect(request).toMatchObject({ kind: "complaint" });
  });

  it("zh update default address: parsed Chinese address, customer record updated", async () => {
    chat = await openChat("zh");
    await chat.send("我想修改默认地址");
    const ask = await chat.send("王小明 518000 13800138000");
    expect(texts(ask)).toMatch(/请发送新地址/);
    const confirm = await chat.send("北京市朝阳区建国路88号 100022");
    expect(texts(confirm)).toMatch(/默认地址改为：朝阳区建国路88号, 北京市, 北京市 100022, 中国/);
    await chat.send("是");
    const customer = await chat.store.customers.get("wang_xm_2");
    expect(customer?.defaultAddress).toMatchObject({ line1: "朝阳区建国路88号", city: "北京市", zip: "100022" });
  });
});
