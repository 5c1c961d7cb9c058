import type { KbArticle } from "../../../domain/kb/kb-article.js";

/** [topic, tags, English title, English body, Chinese title, Chinese body]. */
type Topic = readonly [string, readonly string[], string, string, string, string];

// Wording follows the demo shop's policy (DEFAULT_POLICY): cancel before shipping, 7-day returns, 15-day exchanges.
const TOPICS: readonly Topic[] = [
  [
    "shipping",
    ["shipping", "delivery", "tracking", "物流", "发货"],
    "Shipping and delivery times",
    "Orders are packed within 24 hours and shipped within 48 hours. Standard delivery takes 3 to 5 business days in the US; express delivery takes 1 to 2 business days. Shipping is free on orders over $49. Once your order ships you receive a tracking number; you can ask us for the latest tracking status at any time.",
    "发货与配送时间",
    "订单在24小时内打包，48小时内发货。国内标准快递3至5个工作日送达，顺丰特快1至2个工作日送达。订单满49元包邮。发货后您会收到快递单号，随时可以向我们查询物流状态。",
  ],
  [
    "returns",
    ["return", "returns", "退货", "七天无理由"],
    "Return policy",
    "You can return items within 7 days of delivery for any reason, as long as they are unused and in their original packaging. After 7 days we accept returns only for quality problems. Start a return from your order or ask our assistant; we email a prepaid return label. Items must be sent back within 7 days of the return request.",
    "退货政策",
    "签收后7天内，商品未使用且包装完好，可享受七天无理由退货。超过7天仅支持质量问题退货。您可以在订单中申请退货，或直接告诉客服助手；我们会发送退货地址和运单。请在申请后7天内寄回商品。",
  ],
  [
    "refunds",
    ["refund", "refunds", "退款", "到账"],
    "Refunds",
    "Refunds go back to the original payment method. Card, PayPal, Alipay and WeChat Pay refunds arrive in 1 to 7 business days after we receive the returned item; gift card refunds are credited immediately. Cancelled orders are refunded in full right away.",
    "退款说明",
    "退款原路退回。银行卡、PayPal、支付宝和微信支付的退款在我们收到退货后1至7个工作日内到账；礼品卡退款即时到账。取消的订单会立即全额退款。",
  ],
  [
    "invoices",
    ["invoice", "receipt", "发票", "开票"],
    "Invoices and receipts",
    "An electronic receipt is emailed when your order ships. For a VAT or company invoice, tell us the order number, the company name and tax ID within 30 days of delivery; invoices are issued within 3 business days.",
    "发票开具",
    "订单发货后会自动发送电子收据。如需增值税发票或公司抬头发票，请在签收后30天内提供订单号、公司抬头和税号，我们会在3个工作日内开具电子发票。",
  ],
  [
    "warranty",
    ["warranty", "repair", "保修", "质保", "维修"],
    "Warranty",
    "Electronics carry a 1-year warranty against manufacturing defects; other products 90 days. Within the warranty period we repair or replace a faulty item free of charge. Damage from misuse, accidents or normal wear is not covered. Keep your order number as proof of purchase.",
    "保修政策",
    "电子产品享受一年质保，其他商品质保90天。质保期内出现非人为质量问题，我们免费维修或更换。人为损坏、意外或正常磨损不在保修范围内。请保留订单号作为购买凭证。",
  ],
  [
    "exchange",
    ["exchange", "size", "swap", "换货", "换尺码"],
    "Exchanges",
    "Delivered items can be exchanged within 15 days of delivery for another option of the same product, for example a different size or colour. Each order can be exchanged or modified once. If the new item costs more you pay the difference; if it costs less we refund it.",
    "换货说明",
    "签收后15天内，可将商品换成同款的其他规格，例如换尺码或换颜色。每个订单仅可换货或修改一次。新商品价格更高需补差价，价格更低我们退还差价。",
  ],
  [
    "payment",
    ["payment", "pay", "gift card", "支付", "付款", "礼品卡"],
    "Payment methods",
    "We accept credit and debit cards, PayPal, Alipay, WeChat Pay and gift cards. A pending order's payment method can be changed before it ships. A gift card can pay for an order only if its balance covers the full amount.",
    "支付方式",
    "我们支持银行卡、PayPal、支付宝、微信支付和礼品卡。订单发货前可以更换支付方式。礼品卡余额需足以支付订单全额才能使用。",
  ],
  [
    "cancellation",
    ["cancel", "cancellation", "取消订单", "取消"],
    "Cancelling an order",
    "You can cancel an order until it ships (status pending or processed). Tell us the order number and confirm; the full amount is refunded to the original payment method. Orders already shipped cannot be cancelled, but you can return them after delivery.",
    "取消订单",
    "订单发货前（待处理或已处理状态）可以取消。告诉我们订单号并确认后，全款原路退回。已发货的订单无法取消，签收后可申请退货。",
  ],
];

/** Sixteen KB articles: every after-sales topic in English and Chinese. */
export function buildDemoKbArticles(updatedAt: string): KbArticle[] {
  return TOPICS.flatMap(([topic, tags, enTitle, enBody, zhTitle, zhBody]) => [
    { id: `kb-${topic}-en`, locale: "en", title: enTitle, body: enBody, tags: [...tags], updatedAt },
    { id: `kb-${topic}-zh`, locale: "zh", title: zhTitle, body: zhBody, tags: [...tags], updatedAt },
  ]);
}
