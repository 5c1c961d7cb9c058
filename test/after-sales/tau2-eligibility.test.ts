import { describe, expect, it } from "vitest";
import {
  type Decision,
  decideCancel,
  decideExchange,
  decideModifyAddress,
  decideModifyItems,
  decideModifyPayment,
  decideReturn,
} from "../../src/domain/policy/eligibility.js";
import { TAU2_POLICY } from "../../src/domain/policy/shop-policy.js";
import type { OrderStatus } from "../../src/domain/shop/order.js";
import { daysAgo, delivered, line, makeOrder, NOW, PRODUCTS, SHOPPER, v } from "./policy-fixtures.js";

const policy = TAU2_POLICY;
const customer = SHOPPER;
const now = NOW;

function refusal<P>(d: Decision<P>): string {
  return d.allowed ? "ALLOWED" : d.code;
}
function planOf<P>(d: Decision<P>): P {
  if (!d.allowed) throw new Error(`refused: ${d.code} ${d.reason.en}`);
  return d.plan;
}

const OTHER_STATUSES: OrderStatus[] = [
  "pending_items_modified",
  "processed",
  "shipped",
  "delivered",
  "cancelled",
  "return_requested",
  "exchange_requested",
  "returned",
  "exchanged",
];
const NOT_DELIVERED: OrderStatus[] = [
  "pending",
  "pending_items_modified",
  "processed",
  "shipped",
  "cancelled",
  "return_requested",
  "exchange_requested",
  "returned",
  "exchanged",
];

describe("τ² policy — cancel pending order", () => {
  it("cancels a pending order for 'no longer needed' and 'ordered by mistake' (any case)", () => {
    for (const reason of ["no longer needed", "ordered by mistake", "  Ordered By Mistake "]) {
      const d = decideCancel({ policy, order: makeOrder(), reason, now, customer });
      expect(d.allowed).toBe(true);
    }
  });

  it.each(OTHER_STATUSES)("refuses to cancel a %s order", (status) => {
    const d = decideCancel({ policy, order: makeOrder({ status }), reason: "no longer needed", now, customer });
    expect(refusal(d)).toBe("ORDER_STATUS_NOT_ALLOWED");
    expect(d.rules).toEqual([
      { rule: "cancel.status", passed: false, detail: expect.stringContaining(status), detailZh: expect.any(String) },
    ]);
    expect(d.allowed ? "" : d.reason.zh).toContain("取消");
  });

  it.each(["found it cheaper", "changed my mind", ""])("accepts no other reason: %j", (reason) => {
    const d = decideCancel({ policy, order: makeOrder(), reason, now, customer });
    expect(refusal(d)).toBe("INVALID_REASON");
    expect(d.rules.map((r) => [r.rule, r.passed])).toEqual([
      ["cancel.status", true],
      ["cancel.reason", false],
    ]);
  });

  it("refunds the total to the original payment method; only gift cards are immediate", () => {
    const byCard = planOf(decideCancel({ policy, order: makeOrder(), reason: "no longer needed", now, customer }));
    expect(byCard).toEqual({
      reason: "no longer needed",
      refunds: [{ paymentMethodId: "credit_card_7", amountCents: 10000, immediate: false }],
      totalRefundCents: 10000,
      refundTiming: policy.refundTiming.other,
    });
    const byGift = makeOrder({ payments: [{ type: "payment", amountCents: 10000, paymentMethodId: "gift_card_7" }] });
    expect(
      planOf(decideCancel({ policy, order: byGift, reason: "ordered by mistake", now, customer })).refunds,
    ).toEqual([{ paymentMethodId: "gift_card_7", amountCents: 10000, immediate: true }]);
  });

  it("refunds each method what it paid net of earlier refunds", () => {
    const order = makeOrder({
      payments: [
        { type: "payment", amountCents: 6000, paymentMethodId: "gift_card_7" },
        { type: "payment", amountCents: 4000, paymentMethodId: "paypal_7" },
        { type: "refund", amountCents: 1000, paymentMethodId: "paypal_7" },
      ],
    });
    const plan = planOf(decideCancel({ policy, order, reason: "no longer needed", now, customer }));
    expect(plan.refunds).toEqual([
      { paymentMethodId: "gift_card_7", amountCents: 6000, immediate: true },
      { paymentMethodId: "paypal_7", amountCents: 3000, immediate: false },
    ]);
    expect(plan.totalRefundCents).toBe(9000);
  });
});

describe("τ² policy — modify pending order", () => {
  it("modifies the address of a pending order only", () => {
    expect(decideModifyAddress({ policy, order: makeOrder() }).allowed).toBe(true);
    for (const status of OTHER_STATUSES) {
      expect(refusal(decideModifyAddress({ policy, order: makeOrder({ status }) }))).toBe("ORDER_STATUS_NOT_ALLOWED");
    }
  });

  it("after items were modified the order can no longer be modified or cancelled", () => {
    const order = makeOrder({ status: "pending_items_modified", itemsChangedOnce: true });
    expect(refusal(decideCancel({ policy, order, reason: "no longer needed", now, customer }))).toBe(
      "ORDER_STATUS_NOT_ALLOWED",
    );
    expect(refusal(decideModifyAddress({ policy, order }))).toBe("ORDER_STATUS_NOT_ALLOWED");
    expect(refusal(decideModifyPayment({ policy, order, customer, paymentMethodId: "paypal_7" }))).toBe(
      "ORDER_STATUS_NOT_ALLOWED",
    );
    const items = { itemIndexes: [0], newVariants: [v("shirt-blue-m")], paymentMethodId: "paypal_7" };
    const d = decideModifyItems({ policy, order, customer, ...items });
    expect(refusal(d)).toBe("ORDER_STATUS_NOT_ALLOWED");
    // The reason says why in plain words: the once-only change is used up.
    expect(d.allowed ? "" : d.reason.en).toMatch(
      /can have their items changed\. Its items have already been changed once/,
    );
  });
});

describe("τ² policy — modify payment", () => {
  it("switches to a single different saved method and refunds the original", () => {
    const d = decideModifyPayment({ policy, order: makeOrder(), customer, paymentMethodId: "paypal_7" });
    expect(planOf(d)).toEqual({
      fromPaymentMethodId: "credit_card_7",
      toPaymentMethodId: "paypal_7",
      amountCents: 10000,
      refundImmediate: false,
      refundTiming: policy.refundTiming.other,
    });
    expect(d.rules.every((r) => r.passed)).toBe(true);
  });

  it("refuses the original method again", () => {
    expect(
      refusal(decideModifyPayment({ policy, order: makeOrder(), customer, paymentMethodId: "credit_card_7" })),
    ).toBe("SAME_PAYMENT_METHOD");
  });

  it("refuses a method the shopper does not have", () => {
    expect(
      refusal(decideModifyPayment({ policy, order: makeOrder(), customer, paymentMethodId: "credit_card_8" })),
    ).toBe("INVALID_PAYMENT_METHOD");
  });

  it("a gift card must cover the whole total", () => {
    const low = makeOrder({ payments: [{ type: "payment", amountCents: 5001, paymentMethodId: "credit_card_7" }] });
    expect(refusal(decideModifyPayment({ policy, order: low, customer, paymentMethodId: "gift_card_7" }))).toBe(
      "GIFT_CARD_BALANCE_INSUFFICIENT",
    );
    const exact = makeOrder({ payments: [{ type: "payment", amountCents: 5000, paymentMethodId: "credit_card_7" }] });
    expect(
      planOf(decideModifyPayment({ policy, order: exact, customer, paymentMethodId: "gift_card_7" })).amountCents,
    ).toBe(5000);
  });

  it("an original gift card is refunded immediately", () => {
    const order = makeOrder({ payments: [{ type: "payment", amountCents: 10000, paymentMethodId: "gift_card_7" }] });
    expect(planOf(decideModifyPayment({ policy, order, customer, paymentMethodId: "paypal_7" })).refundImmediate).toBe(
      true,
    );
  });

  it("refuses an order with more than one payment", () => {
    const order = makeOrder({
      payments: [
        { type: "payment", amountCents: 5000, paymentMethodId: "credit_card_7" },
        { type: "payment", amountCents: 5000, paymentMethodId: "paypal_7" },
      ],
    });
    expect(refusal(decideModifyPayment({ policy, order, customer, paymentMethodId: "gift_card_7" }))).toBe(
      "MULTIPLE_PAYMENTS",
    );
  });
});

describe("τ² policy — modify items", () => {
  const base = { policy, customer, products: PRODUCTS, paymentMethodId: "paypal_7" };

  it("changes items to available other options of the same product and sums the difference", () => {
    const d = decideModifyItems({
      ...base,
      order: makeOrder(),
      itemIndexes: [0, 1],
      newVariants: [v("shirt-blue-l"), v("lamp-black")],
    });
    const plan = planOf(d);
    expect(plan.differenceCents).toBe(500 + 1000);
    expect(plan.changes.map((c) => [c.itemIndex, c.fromVariantId, c.toVariantId, c.differenceCents])).toEqual([
      [0, "shirt-red-m", "shirt-blue-l", 500],
      [1, "lamp-white", "lamp-black", 1000],
    ]);
    expect(d.rules.map((r) => r.rule)).toEqual([
      "modifyItems.status",
      "modifyItems.once_per_order",
      "modifyItems.items_selected",
      "modifyItems.items_in_order",
      "modifyItems.new_items_known",
      "modifyItems.same_product",
      "modifyItems.different_option",
      "modifyItems.new_item_available",
      "modifyItems.same_product",
      "modifyItems.different_option",
      "modifyItems.new_item_available",
      "modifyItems.payment_method_saved",
    ]);
  });

  it("can be done only once per order", () => {
    const d = decideModifyItems({
      ...base,
      order: makeOrder({ itemsChangedOnce: true }),
      itemIndexes: [0],
      newVariants: [v("shirt-blue-m")],
    });
    expect(refusal(d)).toBe("ALREADY_MODIFIED");
  });

  it("never changes the product type", () => {
    const d = decideModifyItems({ ...base, order: makeOrder(), itemIndexes: [0], newVariants: [v("lamp-black")] });
    expect(refusal(d)).toBe("DIFFERENT_PRODUCT");
    expect(d.allowed ? "" : d.reason.en).toContain("Desk Lamp");
  });

  it("needs a different option and an available item", () => {
    expect(
      refusal(decideModifyItems({ ...base, order: makeOrder(), itemIndexes: [0], newVariants: [v("shirt-red-m")] })),
    ).toBe("SAME_VARIANT");
    expect(
      refusal(decideModifyItems({ ...base, order: makeOrder(), itemIndexes: [0], newVariants: [v("shirt-red-l")] })),
    ).toBe("VARIANT_UNAVAILABLE");
  });

  it("needs a selection, known items in the order and one new item per selected item", () => {
    expect(refusal(decideModifyItems({ ...base, order: makeOrder(), itemIndexes: [], newVariants: [] }))).toBe(
      "NOTHING_SELECTED",
    );
    expect(
      refusal(decideModifyItems({ ...base, order: makeOrder(), itemIndexes: [5], newVariants: [v("shirt-blue-m")] })),
    ).toBe("ITEM_NOT_IN_ORDER");
    expect(
      refusal(
        decideModifyItems({
          ...base,
          order: makeOrder(),
          itemIndexes: [0, 0],
          newVariants: [v("shirt-blue-m"), v("shirt-blue-l")],
        }),
      ),
    ).toBe("ITEM_NOT_IN_ORDER");
    expect(
      refusal(decideModifyItems({ ...base, order: makeOrder(), itemIndexes: [0], newVariants: [undefined] })),
    ).toBe("VARIANT_NOT_FOUND");
    expect(
      refusal(
        decideModifyItems({ ...base, order: makeOrder(), itemIndexes: [0, 1], newVariants: [v("shirt-blue-m")] }),
      ),
    ).toBe("VARIANT_NOT_FOUND");
  });

  it("lets the same variant appear twice in an order, each line changed on its own", () => {
    const order = makeOrder({ items: [line("shirt-red-m"), line("shirt-red-m")] });
    const plan = planOf(decideModifyItems({ ...base, order, itemIndexes: [1], newVariants: [v("shirt-green-s")] }));
    expect(plan.changes).toEqual([
      {
        itemIndex: 1,
        fromVariantId: "shirt-red-m",
        toVariantId: "shirt-green-s",
        newPriceCents: 1500,
        differenceCents: -500,
      },
    ]);
  });

  it("needs a saved payment method for the difference; a gift card must cover a positive difference", () => {
    const order = makeOrder();
    expect(
      refusal(
        decideModifyItems({
          ...base,
          order,
          paymentMethodId: "nope",
          itemIndexes: [0],
          newVariants: [v("shirt-blue-l")],
        }),
      ),
    ).toBe("INVALID_PAYMENT_METHOD");
    const short = decideModifyItems({
      ...base,
      order,
      paymentMethodId: "gift_card_low",
      itemIndexes: [0],
      newVariants: [v("shirt-blue-l")],
    });
    expect(refusal(short)).toBe("GIFT_CARD_BALANCE_INSUFFICIENT");
    expect(short.rules.at(-1)).toEqual({
      rule: "modifyItems.gift_card_covers_difference",
      passed: false,
      detail: "gift card balance 100 cents, needed 500 cents",
      detailZh: "礼品卡余额 100 分，需要 500 分",
    });
    const refund = decideModifyItems({
      ...base,
      order,
      paymentMethodId: "gift_card_low",
      itemIndexes: [0],
      newVariants: [v("shirt-green-s")],
    });
    expect(planOf(refund).differenceCents).toBe(-500);
    const even = decideModifyItems({
      ...base,
      order,
      paymentMethodId: "gift_card_low",
      itemIndexes: [0],
      newVariants: [v("shirt-blue-m")],
    });
    expect(planOf(even).differenceCents).toBe(0);
  });
});

describe("τ² policy — return delivered order", () => {
  const base = { policy, customer, now };

  it("returns delivered items at any time after delivery, refunding their prices", () => {
    const d = decideReturn({ ...base, order: delivered(400), itemIndexes: [1], refundMethodId: "credit_card_7" });
    expect(planOf(d)).toEqual({
      itemIndexes: [1],
      refundCents: 8000,
      refundMethodId: "credit_card_7",
      refundImmediate: false,
      refundTiming: policy.refundTiming.other,
    });
    expect(d.rules.find((r) => r.rule === "return.window")).toEqual({
      rule: "return.window",
      passed: true,
      detail: "no time limit after delivery",
      detailZh: "签收后无时间限制",
    });
  });

  it("also returns a delivered order with no delivery date recorded (no window in τ²)", () => {
    expect(
      decideReturn({
        ...base,
        order: makeOrder({ status: "delivered" }),
        itemIndexes: [0],
        refundMethodId: "credit_card_7",
      }).allowed,
    ).toBe(true);
  });

  it.each(NOT_DELIVERED)("refuses to return a %s order", (status) => {
    expect(
      refusal(
        decideReturn({ ...base, order: delivered(1, { status }), itemIndexes: [0], refundMethodId: "credit_card_7" }),
      ),
    ).toBe("ORDER_STATUS_NOT_ALLOWED");
  });

  it("refunds to the original method or any existing gift card, nothing else", () => {
    const order = delivered(3);
    expect(
      planOf(decideReturn({ ...base, order, itemIndexes: [0], refundMethodId: "gift_card_low" })).refundImmediate,
    ).toBe(true);
    expect(refusal(decideReturn({ ...base, order, itemIndexes: [0], refundMethodId: "paypal_7" }))).toBe(
      "INVALID_REFUND_METHOD",
    );
    expect(refusal(decideReturn({ ...base, order, itemIndexes: [0], refundMethodId: "gift_card_999" }))).toBe(
      "INVALID_PAYMENT_METHOD",
    );
    const byPaypal = delivered(3, { payments: [{ type: "payment", amountCents: 10000, paymentMethodId: "paypal_7" }] });
    expect(decideReturn({ ...base, order: byPaypal, itemIndexes: [0, 1], refundMethodId: "paypal_7" }).allowed).toBe(
      true,
    );
  });

  it("needs the list of items", () => {
    expect(
      refusal(decideReturn({ ...base, order: delivered(3), itemIndexes: [], refundMethodId: "credit_card_7" })),
    ).toBe("NOTHING_SELECTED");
    expect(
      refusal(decideReturn({ ...base, order: delivered(3), itemIndexes: [2], refundMethodId: "credit_card_7" })),
    ).toBe("ITEM_NOT_IN_ORDER");
  });
});

describe("τ² policy — exchange delivered order", () => {
  const base = { policy, customer, now, products: PRODUCTS, paymentMethodId: "credit_card_7" };

  it("exchanges to available other options of the same product, any time after delivery", () => {
    const d = decideExchange({
      ...base,
      order: delivered(300),
      itemIndexes: [0, 1],
      newVariants: [v("shirt-green-s"), v("lamp-black")],
    });
    expect(planOf(d).differenceCents).toBe(-500 + 1000);
  });

  it.each(NOT_DELIVERED)("refuses to exchange a %s order", (status) => {
    expect(
      refusal(
        decideExchange({
          ...base,
          order: delivered(1, { status }),
          itemIndexes: [0],
          newVariants: [v("shirt-blue-m")],
        }),
      ),
    ).toBe("ORDER_STATUS_NOT_ALLOWED");
  });

  it("exchange or modify happens once per order", () => {
    const order = delivered(2, { itemsChangedOnce: true });
    expect(refusal(decideExchange({ ...base, order, itemIndexes: [0], newVariants: [v("shirt-blue-m")] }))).toBe(
      "ALREADY_MODIFIED",
    );
  });

  it("same product, different option, available", () => {
    const order = delivered(2);
    expect(refusal(decideExchange({ ...base, order, itemIndexes: [1], newVariants: [v("shirt-blue-m")] }))).toBe(
      "DIFFERENT_PRODUCT",
    );
    expect(refusal(decideExchange({ ...base, order, itemIndexes: [1], newVariants: [v("lamp-white")] }))).toBe(
      "SAME_VARIANT",
    );
    expect(refusal(decideExchange({ ...base, order, itemIndexes: [0], newVariants: [v("shirt-red-l")] }))).toBe(
      "VARIANT_UNAVAILABLE",
    );
  });

  it("a gift card paying the difference must cover it", () => {
    const order = delivered(2);
    const d = decideExchange({
      ...base,
      order,
      paymentMethodId: "gift_card_low",
      itemIndexes: [1],
      newVariants: [v("lamp-black")],
    });
    expect(refusal(d)).toBe("GIFT_CARD_BALANCE_INSUFFICIENT");
    expect(d.allowed ? "" : d.reason.en).toBe("The gift card balance ($1.00) does not cover $10.00.");
    expect(
      decideExchange({
        ...base,
        order,
        paymentMethodId: "gift_card_7",
        itemIndexes: [1],
        newVariants: [v("lamp-black")],
      }).allowed,
    ).toBe(true);
  });
});

describe("τ² policy — decisions explain themselves", () => {
  it("every allowed decision lists only passed rules; a refusal ends with the one failed rule", () => {
    const ok = decideReturn({
      policy,
      customer,
      now,
      order: delivered(3, { placedAt: daysAgo(9) }),
      itemIndexes: [0],
      refundMethodId: "credit_card_7",
    });
    expect(ok.rules.length).toBeGreaterThan(3);
    expect(ok.rules.every((r) => r.passed && r.detail.length > 0)).toBe(true);
    // The console in Chinese shows each note in Chinese.
    expect(ok.rules.every((r) => /[\u4e00-\u9fff]/.test(r.detailZh ?? ""))).toBe(true);
    const no = decideReturn({
      policy,
      customer,
      now,
      order: delivered(3),
      itemIndexes: [0],
      refundMethodId: "paypal_7",
    });
    expect(no.rules.filter((r) => !r.passed).map((r) => r.rule)).toEqual(["return.refund_destination"]);
    expect(no.rules.at(-1)?.passed).toBe(false);
  });
});
