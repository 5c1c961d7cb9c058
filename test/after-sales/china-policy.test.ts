import { describe, expect, it } from "vitest";
import { KefuError } from "../../src/domain/errors/kefu-error.js";
import {
  decideCancel,
  decideExchange,
  decideModifyAddress,
  decideReturn,
} from "../../src/domain/policy/eligibility.js";
import {
  CHINA_POLICY,
  DEFAULT_POLICY,
  parsePolicy,
  ShopPolicy,
  TAU2_POLICY,
} from "../../src/domain/policy/shop-policy.js";
import { daysAgo, delivered, makeOrder, NOW, PRODUCTS, SHOPPER, v } from "./policy-fixtures.js";

const policy = CHINA_POLICY;
const customer = SHOPPER;
const now = NOW;
const code = (d: { allowed: boolean; code?: string }) => (d.allowed ? "ALLOWED" : d.code);

describe("China policy", () => {
  it("is the demo shop's default", () => {
    expect(DEFAULT_POLICY).toBe(CHINA_POLICY);
  });

  it("cancels before shipping for any stated reason", () => {
    expect(decideCancel({ policy, now, order: makeOrder({ status: "processed" }), reason: "买错了" }).allowed).toBe(
      true,
    );
    expect(code(decideCancel({ policy, now, order: makeOrder({ status: "shipped" }), reason: "不想要了" }))).toBe(
      "ORDER_STATUS_NOT_ALLOWED",
    );
    expect(code(decideCancel({ policy, now, order: makeOrder(), reason: "  " }))).toBe("INVALID_REASON");
  });

  it("changes the address until the order ships", () => {
    expect(decideModifyAddress({ policy, order: makeOrder({ status: "processed" }) }).allowed).toBe(true);
    expect(code(decideModifyAddress({ policy, order: makeOrder({ status: "shipped" }) }))).toBe(
      "ORDER_STATUS_NOT_ALLOWED",
    );
  });

  it("returns without a reason within 7 days of delivery, not after", () => {
    const base = { policy, customer, now, itemIndexes: [0], refundMethodId: "credit_card_7" };
    const day7 = decideReturn({ ...base, order: delivered(7) });
    expect(day7.allowed).toBe(true);
    expect(day7.rules.map((r) => r.rule)).toContain("return.no_reason_period");
    const day8 = decideReturn({ ...base, order: delivered(8), qualityIssue: true });
    expect(code(day8)).toBe("RETURN_WINDOW_EXPIRED");
    expect(day8.allowed ? "" : day8.reason.zh).toBe("订单 #W2000001 已签收 8 天，退货须在签收后 7 天内申请。");
  });

  it("refunds returns to the original payment method only", () => {
    const base = { policy, customer, now, itemIndexes: [0], order: delivered(2) };
    expect(code(decideReturn({ ...base, refundMethodId: "gift_card_7" }))).toBe("INVALID_REFUND_METHOD");
    expect(decideReturn({ ...base, refundMethodId: "credit_card_7" }).allowed).toBe(true);
  });

  it("exchanges freely within 7 days, for quality issues up to 15 days", () => {
    const base = {
      policy,
      customer,
      now,
      products: PRODUCTS,
      paymentMethodId: "credit_card_7",
      itemIndexes: [0],
      newVariants: [v("shirt-blue-m")],
    };
    expect(decideExchange({ ...base, order: delivered(5) }).allowed).toBe(true);
    expect(code(decideExchange({ ...base, order: delivered(10) }))).toBe("QUALITY_ISSUE_REQUIRED");
    expect(decideExchange({ ...base, order: delivered(10), qualityIssue: true }).allowed).toBe(true);
    expect(code(decideExchange({ ...base, order: delivered(16), qualityIssue: true }))).toBe("EXCHANGE_WINDOW_EXPIRED");
  });

  it("takes the delivery date from the carrier scan when the order has none; refuses when neither exists", () => {
    const base = { policy, customer, now, itemIndexes: [0], refundMethodId: "credit_card_7" };
    const scanned = makeOrder({
      status: "delivered",
      fulfillments: [
        {
          trackingIds: ["T1"],
          variantIds: [],
          events: [
            { at: daysAgo(12), status: "in_transit", location: "", description: "" },
            { at: daysAgo(3), status: "delivered", location: "", description: "" },
          ],
        },
      ],
    });
    expect(decideReturn({ ...base, order: scanned }).allowed).toBe(true);
    expect(code(decideReturn({ ...base, order: makeOrder({ status: "delivered" }) }))).toBe("DELIVERY_DATE_UNKNOWN");
  });
});

describe("parsePolicy", () => {
  it("round-trips both presets through JSON text", () => {
    expect(parsePolicy(JSON.stringify(TAU2_POLICY))).toEqual(TAU2_POLICY);
    expect(parsePolicy(JSON.parse(JSON.stringify(CHINA_POLICY)))).toEqual(CHINA_POLICY);
  });

  it("names the failing path", () => {
    const bad = { ...TAU2_POLICY, statuses: { ...TAU2_POLICY.statuses, cancel: ["pending", "teleported"] } };
    const error = captured(() => parsePolicy(bad));
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(error.message).toContain("statuses.cancel.1");
  });

  it("refuses to turn off explicit confirmation, unknown keys, bad windows and invalid JSON", () => {
    expect(captured(() => parsePolicy({ ...TAU2_POLICY, requireExplicitConfirmation: false })).message).toContain(
      "requireExplicitConfirmation",
    );
    expect(captured(() => parsePolicy({ ...TAU2_POLICY, autoApprove: true })).message).toContain("autoApprove");
    expect(captured(() => parsePolicy({ ...TAU2_POLICY, returnWindowDays: -1 })).message).toContain("returnWindowDays");
    expect(captured(() => parsePolicy({ ...TAU2_POLICY, returnRefundTo: [] })).message).toContain("returnRefundTo");
    expect(captured(() => parsePolicy("{not json")).message).toContain("not valid JSON");
  });

  it("fills the name when left out", () => {
    const { name: _name, ...rest } = TAU2_POLICY;
    expect(ShopPolicy.parse(rest).name).toBe("custom");
  });
});

function captured(run: () => unknown): KefuError {
  try {
    run();
  } catch (error) {
    if (KefuError.isInstance(error)) return error;
    throw error;
  }
  throw new Error("expected a KefuError");
}
