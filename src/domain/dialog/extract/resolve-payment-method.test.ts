import { describe, expect, it } from "vitest";
import type { PaymentMethod } from "../../shop/payment-method.js";
import { resolvePaymentMethod } from "./resolve-payment-method.js";

const paypal: PaymentMethod = { id: "paypal_1", kind: "paypal" };
const visa: PaymentMethod = { id: "cc_visa", kind: "credit_card", brand: "visa", last4: "1234" };
const master: PaymentMethod = { id: "cc_mc", kind: "credit_card", brand: "mastercard", last4: "9212" };
const gift: PaymentMethod = { id: "gift_1", kind: "gift_card", balanceCents: 5000 };
const wallet = [paypal, visa, master, gift];

function matchedId(text: string, methods: readonly PaymentMethod[] = wallet, originals: string[] = []) {
  const r = resolvePaymentMethod(text, methods, originals);
  return r.kind === "matched" ? r.method.id : r.kind;
}

describe("resolvePaymentMethod: one method", () => {
  it.each([
    ["my PayPal", "paypal_1"],
    ["refund it to paypal pls", "paypal_1"],
    ["pay pal", "paypal_1"],
    ["paypall", "paypal_1"],
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
      expect(resolvePaymentMethod(text, wallet, ["cc_mc"])).toEqual({
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

  it.each([["yes"], ["how long does a refund take?"], ["order #W0010001"], ["I paid 1234 dollars"]])(
    "%s mentions none",
    (text) => expect(resolvePaymentMethod(text, wallet)).toEqual({ kind: "none" }),
  );
});
