import type { Locale } from "../locale.js";
import type { OrderStatus, TrackingEvent } from "../shop/order.js";
import type { PaymentMethod } from "../shop/payment-method.js";
import type { DialogFlow } from "./flow-specs.js";

const STATUS: Record<OrderStatus, [string, string]> = {
  pending: ["pending", "待处理"],
  pending_items_modified: ["pending (items modified)", "待处理（商品已修改）"],
  processed: ["processed", "已处理"],
  shipped: ["shipped", "已发货"],
  delivered: ["delivered", "已送达"],
  cancelled: ["cancelled", "已取消"],
  return_requested: ["return requested", "退货申请中"],
  exchange_requested: ["exchange requested", "换货申请中"],
  returned: ["returned", "已退货"],
  exchanged: ["exchanged", "已换货"],
};

const TRACKING: Record<TrackingEvent["status"], [string, string]> = {
  label_created: ["label created", "已揽收下单"],
  picked_up: ["picked up", "已揽件"],
  in_transit: ["in transit", "运输中"],
  out_for_delivery: ["out for delivery", "派送中"],
  delivered: ["delivered", "已签收"],
  exception: ["delivery exception", "配送异常"],
};

const FLOWS: Record<DialogFlow, [string, string]> = {
  order_status: ["Where is my order?", "查询物流"],
  refund_status: ["Refund status", "退款进度"],
  cancel_order: ["Cancel an order", "取消订单"],
  modify_address: ["Change the shipping address", "修改收货地址"],
  modify_payment: ["Change the payment method", "修改支付方式"],
  modify_items: ["Change items in an order", "修改订单商品"],
  return: ["Return items", "退货"],
  exchange: ["Exchange items", "换货"],
  invoice: ["Get an invoice", "开发票"],
  warranty: ["Warranty claim", "保修"],
  complaint: ["Make a complaint", "投诉"],
  update_default_address: ["Update my default address", "修改默认地址"],
};

const KINDS: Record<PaymentMethod["kind"], [string, string]> = {
  credit_card: ["credit card", "信用卡"],
  paypal: ["PayPal", "PayPal"],
  alipay: ["Alipay", "支付宝"],
  wechat_pay: ["WeChat Pay", "微信支付"],
  gift_card: ["gift card", "礼品卡"],
};

const pick = (pair: [string, string], locale: Locale) => (locale === "zh" ? pair[1] : pair[0]);

export const statusLabel = (s: OrderStatus, l: Locale): string => pick(STATUS[s], l);
export const trackingLabel = (s: TrackingEvent["status"], l: Locale): string => pick(TRACKING[s], l);
export const flowLabel = (f: DialogFlow, l: Locale): string => pick(FLOWS[f], l);

/** "Visa credit card ending 1234", "礼品卡（余额 $20.00）". */
export function paymentLabel(m: PaymentMethod, l: Locale, money: (cents: number) => string): string {
  const kind = pick(KINDS[m.kind], l);
  const brand = m.brand ? `${m.brand} ` : "";
  if (m.last4) return l === "zh" ? `${brand}${kind}（尾号 ${m.last4}）` : `${brand}${kind} ending ${m.last4}`;
  if (m.balanceCents !== undefined) {
    return l === "zh" ? `${kind}（余额 ${money(m.balanceCents)}）` : `${kind} (balance ${money(m.balanceCents)})`;
  }
  return kind;
}
