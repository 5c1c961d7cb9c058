import type { PaymentKind } from "./payment-method.js";

/**
 * The wallet kind of a platform's payment method or gateway id (WooCommerce `paypal`, `wc_pm_alipay`,
 * Shopify `sh_pm_gift_card`): decided here once for every connector; an unknown gateway counts as a card.
 */
export function paymentKindOf(methodId: string): PaymentKind {
  if (/paypal/i.test(methodId)) return "paypal";
  if (/alipay/i.test(methodId)) return "alipay";
  if (/wechat|weixin/i.test(methodId)) return "wechat_pay";
  if (/gift/i.test(methodId)) return "gift_card";
  return "credit_card";
}
