/**
 * Bilingual synonym groups for KB retrieval: every surface form maps to one canonical term, so
 * "退货", "return" and "send back" meet in the index. Kept small and hand-written on purpose.
 */
export const KB_SYNONYM_GROUPS: Record<string, readonly string[]> = {
  return: ["return", "returns", "returned", "returning", "退货", "退回", "寄回", "退掉", "退"],
  refund: ["refund", "refunds", "refunded", "reimburse", "money", "退款", "退钱", "返款", "到账"],
  exchange: ["exchange", "swap", "replace", "replacement", "换货", "更换", "调换", "换"],
  cancel: ["cancel", "cancellation", "cancelled", "canceled", "取消", "撤销"],
  shipping: [
    "shipping",
    "ship",
    "shipped",
    "delivery",
    "deliver",
    "courier",
    "postage",
    "label",
    "发货",
    "配送",
    "快递",
    "送货",
    "物流",
  ],
  tracking: ["tracking", "track", "logistic", "logistics", "跟踪", "查询物流", "单号", "运单"],
  warranty: ["warranty", "guarantee", "repair", "保修", "质保", "维修", "三包"],
  invoice: ["invoice", "receipt", "bill", "发票", "收据", "开票"],
  payment: ["payment", "pay", "paid", "prepaid", "支付", "付款", "付钱"],
  address: ["address", "地址", "收货地址"],
  fee: ["fee", "fees", "cost", "charge", "free", "much", "费用", "运费", "收费", "免费", "多少钱"],
  time: ["long", "day", "days", "time", "when", "多久", "几天", "多长时间", "时间", "天"],
  size: ["size", "sizes", "fit", "尺码", "码数", "大小"],
  damaged: ["damaged", "broken", "defective", "faulty", "损坏", "坏了", "破损", "质量问题"],
  contact: ["contact", "phone", "hotline", "hour", "hours", "联系", "电话", "客服", "营业"],
  gift_card: ["gift", "giftcard", "礼品卡"],
};

const CANONICAL = new Map<string, string>();
for (const [canonical, forms] of Object.entries(KB_SYNONYM_GROUPS)) {
  for (const form of forms) CANONICAL.set(form.toLowerCase(), `~${canonical}`);
}

/** The canonical term of `term` ("~refund"), or the term itself when it has no group. */
export function canonicalTerm(term: string): string {
  return CANONICAL.get(term) ?? term;
}
