import { describe, expect, it } from "vitest";
import type { PaymentMethod } from "../../shop/payment-method.js";
import { resolvePaymentMethod } from "./resolve-payment-method.js";

const paypal: PaymentMethod = { id: "paypal_1", kind: "paypal" };
const visa: PaymentMethod = { id: "cc_visa", kind: "credit_card", brand: "visa", last4: "1234" };
const master: PaymentMethod = { id: "cc_mc", kind: "credit_card", brand: "mastercard", last4: "9212" };
const gift: PaymentMethod = { id: "gift_1", kind: "gift_card", balanceCents: 5000 };
const wallet = [paypal, visa, master, gift];

function matchedId(text: string, methods: readonly PaymentMethod[] = wallet) {
  const r = resolvePaymentMethod(text, methods);
  return r.kind === "matched" ? r.method.id : r.kind;
}

describe("resolvePaymentMethod: one method", () => {
  it.each([
    ["my PayPal", "paypal_1"],
    ["refund it to paypal pls", "paypal_1"],
    ["pay pal", "paypal_1"],
    ["paypall", "paypal_1"],
    // PayPal typed with a slip or two (found by eval shoppers).
    ["PyaPal", "paypal_1"],
    ["my pypal", "paypal_1"],
    ["payapl account", "paypal_1"],
    ["MY PAPAL", "paypal_1"],
    ["the card ending 1234", "cc_visa"],
    ["card ending in 9212", "cc_mc"],
    ["the one ending with 9212", "cc_mc"],
    ["last 4 digits are 1234", "cc_visa"],
    ["**** 9212", "cc_mc"],
    ["visa", "cc_visa"],
    ["my mastercard", "cc_mc"],
    ["master card", "cc_mc"],
    ["gift card", "gift_1"],
    ["use my giftcard balance", "gift_1"],
    ["礼品卡", "gift_1"],
    ["退到礼品卡吧", "gift_1"],
    ["尾号1234的卡", "cc_visa"],
    ["用尾号9212那张信用卡", "cc_mc"],
    ["ＰａｙＰａｌ", "paypal_1"],
    ["No, use my gift card instead", "gift_1"],
    ["not my PayPal, the gift card", "gift_1"],
    ["不要退到信用卡，退到礼品卡", "gift_1"],
    ["the visa ending 1234 pls", "cc_visa"],
  ])("%s → %s", (text, id) => expect(matchedId(text)).toBe(id));
});

describe("resolvePaymentMethod: original payment method", () => {
  it.each([["original payment method"], ["原路退回"], ["back to the card I paid with"], ["same way I paid"]])(
    "%s resolves to the method that paid the order",
    (text) =>
      expect(resolvePaymentMethod(text, wallet, { originalMethodIds: ["cc_mc"] })).toEqual({
        kind: "matched",
        method: master,
        original: true,
      }),
  );

  it("says original when the paying method is not given", () => {
    expect(resolvePaymentMethod("refund to the original payment method", wallet)).toEqual({ kind: "original" });
  });
});

describe("resolvePaymentMethod: ambiguity and both", () => {
  it("asks which card on 'credit card' with two cards", () => {
    expect(resolvePaymentMethod("my credit card", wallet)).toEqual({ kind: "ambiguous", candidates: [visa, master] });
    expect(resolvePaymentMethod("信用卡", wallet)).toEqual({ kind: "ambiguous", candidates: [visa, master] });
  });

  it("resolves 'credit card' when there is one card", () => {
    expect(matchedId("credit card", [paypal, visa, gift])).toBe("cc_visa");
  });

  it("does not take 'gift card' as a credit card", () => {
    expect(matchedId("the gift card please", [visa, gift])).toBe("gift_1");
  });

  it.each([["both"], ["PayPal and the gift card"], ["paypal or gift card, both fine"], ["礼品卡和PayPal都可以"]])(
    "%s is both",
    (text) => {
      const r = resolvePaymentMethod(text === "both" ? "both paypal and gift card" : text, wallet);
      expect(r).toEqual({ kind: "both", candidates: [paypal, gift] });
    },
  );

  it("names the missing method when the shopper has none of it", () => {
    expect(resolvePaymentMethod("my paypal", [visa, gift])).toEqual({ kind: "not_on_file", mention: "paypal" });
    expect(resolvePaymentMethod("card ending 9999", wallet)).toEqual({
      kind: "not_on_file",
      mention: "card ending 9999",
    });
  });

  it("ignores a missing method when another named one exists", () => {
    expect(matchedId("paypal or gift card", [visa, gift])).toBe("gift_1");
  });

  it.each([
    ["yes"],
    ["how long does a refund take?"],
    ["order #W0010001"],
    ["I paid 1234 dollars"],
    ["payday"],
    ["please reply"],
  ])("%s mentions none", (text) => expect(resolvePaymentMethod(text, wallet)).toEqual({ kind: "none" }));
});

describe("resolvePaymentMethod: offered list and ids", () => {
  const offeredIds = ["gift_1", "paypal_1"];

  it.each([
    ["the second one", "paypal_1"],
    ["第一个", "gift_1"],
    ["last one pls", "paypal_1"],
    ["2", "paypal_1"],
  ])("%s picks from the offered methods", (text, id) => {
    const r = resolvePaymentMethod(text, wallet, { offeredIds });
    expect(r.kind === "matched" ? r.method.id : r.kind).toBe(id);
  });

  it("returns both offered methods on 'both' / '两个都'", () => {
    for (const text of ["both", "两个都行", "either is fine, both"]) {
      expect(resolvePaymentMethod(text, wallet, { offeredIds })).toEqual({ kind: "both", candidates: [gift, paypal] });
    }
  });

  it("prefers a named method over a position", () => {
    expect(matchedId("the visa one")).toBe("cc_visa");
  });

  it("reads a method id copied from an earlier message", () => {
    expect(matchedId("use gift_1 please")).toBe("gift_1");
    expect(matchedId("cc_mc")).toBe("cc_mc");
  });
});

describe("resolvePaymentMethod: Chinese wallets", () => {
  const ali: PaymentMethod = { id: "alipay_1", kind: "alipay" };
  const wx: PaymentMethod = { id: "wechat_1", kind: "wechat_pay" };
  const cn = [ali, wx, gift];

  it.each([
    ["退到支付宝", "alipay_1"],
    ["用微信支付吧", "wechat_1"],
    ["wechat pay pls", "wechat_1"],
    ["Alipay", "alipay_1"],
    ["不要退微信，退支付宝", "alipay_1"],
  ])("%s → %s", (text, id) => expect(matchedId(text, cn)).toBe(id));

  it("asks to pick one when both wallets are named", () => {
    expect(resolvePaymentMethod("支付宝和微信都行", cn)).toEqual({ kind: "both", candidates: [ali, wx] });
  });
});
