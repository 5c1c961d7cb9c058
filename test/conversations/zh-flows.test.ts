import { afterAll, afterEach, describe, expect, it } from "vitest";
import { CHINA_POLICY } from "../../src/domain/policy/shop-policy.js";
import { type Chat, openChat, removeFixtureNlu, texts } from "./fixtures/conversation-harness.js";

/** Chinese happy paths of the flows the other files cover in English, checked in the store. */
describe("zh after-sales flows", () => {
  let chat: Chat;
  afterEach(async () => chat.close());
  afterAll(() => removeFixtureNlu());

  it("退货: picks the keyboard by position, refund to Alipay, records the return", async () => {
    chat = await openChat("zh");
    await chat.send("我要退货，订单号 #W2000002");
    const items = await chat.send("王小明 518000 13800138000");
    expect(texts(items)).toMatch(/订单 #W2000002 里是哪几件商品/);
    const refund = await chat.send("第二件");
    expect(texts(refund)).toMatch(/退款退到哪里/);
    const confirm = await chat.send("退回支付宝");
    expect(texts(confirm)).toMatch(/订单 #W2000002 退货：机械键盘 \(red\)/);
    expect(texts(confirm)).toMatch(/退款 ¥80\.00退至：支付宝/);
    expect(await chat.store.afterSales.listByOrder("#W2000002")).toEqual([]);
    const done = await chat.send("确认");
    // The return waits for staff review: nothing is refunded yet, and the reply says so.
    expect(texts(done)).toMatch(/已为您提交申请，等待审核/);
    expect((await chat.store.orders.get("#W2000002"))?.status).toBe("return_requested");
    const [request] = await chat.store.afterSales.listByOrder("#W2000002");
    expect(request).toMatchObject({ kind: "return", itemIndexes: [1], refundMethodId: "alipay_2", amountCents: 8000 });
  });

  it("退款进度: after a cancellation the refund shows with its amount", async () => {
    chat = await openChat("zh");
    await chat.send("取消订单 #W2000001，不需要了");
    await chat.send("王小明 518000 13800138000");
    await chat.send("是");
    expect((await chat.store.orders.get("#W2000001"))?.status).toBe("cancelled");
    const ask = await chat.send("我的退款到账了吗");
    expect(texts(ask)).toMatch(/请问是哪个订单/);
    const status = await chat.send("#W2000001");
    expect(texts(status)).toMatch(/订单 #W2000001 的状态：已取消/);
    expect(texts(status)).toMatch(/退款 ¥20\.00/);
    expect(status[0]?.explanation).toMatchObject({ flow: "refund_status", step: "refund_status" });
  });

  it("修改商品: T恤 red M → 蓝色 on a pending order, once", async () => {
    chat = await openChat("zh");
    await chat.send("我想修改订单 #W2000001 的商品");
    const ask = await chat.send("王小明 518000 13800138000");
    expect(texts(ask)).toMatch(/T恤（当前 red \/ M）想换成哪一款/);
    const confirm = await chat.send("蓝色M码");
    expect(texts(confirm)).toMatch(/修改订单 #W2000001 的商品: T恤 \(red \/ M\) → T恤 \(blue \/ M\)/);
    expect(confirm.at(-1)?.explanation).toMatchObject({ flow: "modify_items", step: "confirm" });
    await chat.send("是的");
    const order = await chat.store.orders.get("#W2000001");
    expect(order?.status).toBe("pending_items_modified");
    expect(order?.items[0]?.variantId).toBe("ts-blue-m");
    // Items may change once: the second request is refused before any variant is asked.
    const refused = await chat.send("我还想再修改一下订单 #W2000001 的商品");
    expect(texts(refused)).toMatch(/抱歉，无法办理/);
    expect(refused.at(-1)?.explanation).toMatchObject({ flow: "modify_items", step: "refused" });
    expect((await chat.store.orders.get("#W2000001"))?.items[0]?.variantId).toBe("ts-blue-m");
  });

  it("修改支付方式: switches a pending order to WeChat Pay", async () => {
    chat = await openChat("zh");
    await chat.send("订单 #W2000001 的支付方式想改用微信支付");
    const confirm = await chat.send("王小明 518000 13800138000");
    expect(texts(confirm)).toMatch(/订单 #W2000001 改用：微信支付/);
    await chat.send("好的");
    const order = await chat.store.orders.get("#W2000001");
    expect(order?.payments).toContainEqual(expect.objectContaining({ type: "payment", paymentMethodId: "wechat_2" }));
  });

  it("修改收货地址: a pending order ships to the new Chinese address; a corrected address wins", async () => {
    chat = await openChat("zh");
    await chat.send("订单 #W2000001 想改一下收货地址");
    const ask = await chat.send("王小明 518000 13800138000");
    expect(texts(ask)).toMatch(/请发送新地址/);
    const confirm = await chat.send("广东省广州市天河区体育西路1号 510000");
    expect(texts(confirm)).toMatch(/订单 #W2000001 改寄到：天河区体育西路1号, 广州市/);
    const corrected = await chat.send("不对，是广东省广州市天河区体育西路8号 510000");
    expect(texts(corrected)).toMatch(/订单 #W2000001 改寄到：天河区体育西路8号, 广州市/);
    await chat.send("确认");
    const order = await chat.store.orders.get("#W2000001");
    expect(order?.address).toMatchObject({ line1: "天河区体育西路8号", city: "广州市", zip: "510000" });
  });

  it("修改支付方式 refused for a delivered order under the China policy, nothing recorded", async () => {
    chat = await openChat("zh", { policy: CHINA_POLICY });
    await chat.send("订单 #W2000002 能改用微信支付吗");
    const refused = await chat.send("王小明 518000 13800138000");
    expect(texts(refused)).toMatch(/抱歉，无法办理/);
    expect(refused.at(-1)?.explanation).toMatchObject({ flow: "modify_payment", step: "refused" });
    const declined = await chat.send("不用了");
    expect(texts(declined)).toMatch(/还有其他可以帮您的吗/);
    const order = await chat.store.orders.get("#W2000002");
    expect(order?.payments.map((p) => p.paymentMethodId)).toEqual(["alipay_2"]);
  });

  it("开发票: records an invoice request after an explicit yes", async () => {
    chat = await openChat("zh");
    await chat.send("我需要开发票");
    const orders = await chat.send("王小明 518000 13800138000");
    expect(texts(orders)).toMatch(/请问是哪个订单/);
    const confirm = await chat.send("#W2000002");
    expect(texts(confirm)).toMatch(/为订单 #W2000002 申请发票/);
    await chat.send("是");
    const [request] = await chat.store.afterSales.listByOrder("#W2000002");
    expect(request).toMatchObject({ kind: "invoice", status: "requested", conversationId: chat.conversationId });
  });

  it("投诉: keeps the shopper's words and records the complaint", async () => {
    chat = await openChat("zh");
    await chat.send("我要投诉，快递员把包裹扔在门口就走了");
    await chat.send("王小明 518000 13800138000");
    const confirm = await chat.send("#W2000002");
    expect(texts(confirm)).toMatch(/订单 #W2000002 投诉：我要投诉，快递员把包裹扔在门口就走了/);
    await chat.send("确认");
    const [request] = await chat.store.afterSales.listByOrder("#W2000002");
    expect(request).toMatchObject({ kind: "complaint" });
  });

  it("换货 on a pending order becomes a change of items; a refused change hands off with the rule in the summary", async () => {
    chat = await openChat("zh");
    await chat.send("订单 #W2000001 我想换货");
    // A pending order cannot be exchanged, but its items can still be changed: offered instead of refused.
    const variant = await chat.send("王小明 518000 13800138000");
    expect(texts(variant)).toMatch(/想换成哪一款/);
    expect(variant.at(-1)?.explanation).toMatchObject({ flow: "modify_items" });
    expect(texts(variant)).not.toMatch(/抱歉，无法办理/);
    await chat.send("算了，不换了");
    const refused = await chat.send("#W2000001 我要退货");
    expect(texts(refused)).toMatch(/抱歉，无法办理/);
    expect(refused.at(-1)?.payload.quickReplies).toEqual([
      { label: "是", value: "是" },
      { label: "否", value: "否" },
    ]);
    const handoff = await chat.send("需要");
    expect(texts(handoff)).toMatch(/转接人工客服/);
    const [h] = await chat.store.handoffs.listByConversation(chat.conversationId);
    expect(h?.reason).toBe("policy_refusal");
    expect(h?.summary).toMatch(/Order: #W2000001/);
    expect(h?.summary).toMatch(/Tried: .*verified wang_xm_2.*modify_items dropped.*return #W2000001 refused/);
    expect((await chat.store.orders.get("#W2000001"))?.status).toBe("pending");
  });

  it("several requests: cancel one order, then track the other, then thanks", async () => {
    chat = await openChat("zh");
    await chat.send("我要取消订单 #W2000001，下错单了");
    await chat.send("王小明 518000 13800138000");
    const done = await chat.send("是");
    expect(texts(done)).toMatch(/还有其他可以帮您的吗/);
    const status = await chat.send("再帮我查一下 #W2000002 的物流");
    expect(texts(status)).toMatch(/订单 #W2000002 的状态：已送达/);
    expect(texts(status)).toMatch(/SF1234567890123/);
    const bye = await chat.send("谢谢");
    expect(texts(bye)).toMatch(/不客气/);
    expect((await chat.store.orders.get("#W2000001"))?.status).toBe("cancelled");
    const [request] = await chat.store.afterSales.listByOrder("#W2000001");
    expect(request).toMatchObject({ kind: "cancel", reason: "ordered by mistake" });
  });

  it("digressions mid-flow: answered from the KB with a citation, then the order is asked again", async () => {
    chat = await openChat("zh");
    await chat.send("我要退货");
    await chat.send("王小明 518000 13800138000");
    const timing = await chat.send("退款一般多久到账？");
    expect(timing[0]?.text).toMatch(/5-7个工作日/);
    expect(timing[0]?.payload.citations).toEqual([{ articleId: "kb_refund_time_zh", title: "退款多久到账" }]);
    expect(texts(timing)).toMatch(/请问是哪个订单/);
    const faq = await chat.send("运费怎么算？");
    expect(faq[0]?.text).toMatch(/满50元包邮/);
    expect(faq[0]?.payload.citations).toEqual([{ articleId: "kb_shipping_zh", title: "运费和配送时间" }]);
    expect(texts(faq)).toMatch(/请问是哪个订单/);
    const items = await chat.send("#W2000002");
    expect(texts(items)).toMatch(/哪几件商品/);
  });

  it("low confidence: asks a clarifying question, and a picked choice starts that flow", async () => {
    chat = await openChat("zh");
    const reply = await chat.send("随便问问");
    expect(reply[0]?.explanation).toMatchObject({ step: "clarify" });
    const choices = reply[0]?.payload.quickReplies;
    expect(choices).toEqual(expect.arrayContaining([{ label: "转人工客服", value: "转人工客服" }]));
    const next = await chat.send("退货");
    expect(texts(next)).toMatch(/核实您的身份/);
    expect(next[0]?.explanation).toMatchObject({ flow: "return" });
  });

  it("strong anger hands off at once with high priority", async () => {
    chat = await openChat("zh");
    await chat.send("我的快递到哪了");
    const reply = await chat.send("气死我了！你们什么垃圾服务，等了半个月还没到！！");
    expect(texts(reply)).toMatch(/转接人工客服/);
    const [h] = await chat.store.handoffs.listByConversation(chat.conversationId);
    expect(h?.reason).toBe("negative_sentiment");
    expect(h?.priority).toBeGreaterThanOrEqual(80);
    expect(h?.summary).toMatch(/Sentiment: negative/);
    expect((await chat.conversation()).status).toBe("waiting_agent");
  });
});
