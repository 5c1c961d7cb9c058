import { describe, expect, it } from "vitest";
import { paymentKindOf } from "./payment-kind-of.js";

describe("paymentKindOf", () => {
  it("reads WooCommerce gateways and Kefu's prefixed ids alike, gift cards included", () => {
    expect(paymentKindOf("ppcp-gateway-paypal")).toBe("paypal");
    expect(paymentKindOf("wc_pm_alipay")).toBe("alipay");
    expect(paymentKindOf("wc_pm_weixin")).toBe("wechat_pay");
    expect(paymentKindOf("sh_pm_gift_card")).toBe("gift_card");
    expect(paymentKindOf("wc_pm_pw-gift-cards")).toBe("gift_card");
    expect(paymentKindOf("sh_pm_shopify_payments")).toBe("credit_card");
  });
});
