/** The after-sales risk features, in model order, with display names. */
export const RISK_FEATURES = [
  { name: "order_value", en: "order value (log $)", zh: "订单金额（对数）" },
  { name: "item_count", en: "number of items", zh: "商品件数" },
  { name: "max_product_return_rate", en: "highest product return rate", zh: "商品最高退货率" },
  { name: "mean_product_return_rate", en: "average product return rate", zh: "商品平均退货率" },
  { name: "customer_past_returns", en: "customer's past returns", zh: "顾客历史退货次数" },
  { name: "customer_past_cancellations", en: "customer's past cancellations", zh: "顾客历史取消次数" },
  { name: "customer_past_complaints", en: "customer's past complaints", zh: "顾客历史投诉次数" },
  { name: "customer_past_orders", en: "customer's past orders", zh: "顾客历史订单数" },
  { name: "product_negative_review_share", en: "share of negative product reviews", zh: "商品差评占比" },
  { name: "product_review_sentiment", en: "product review sentiment", zh: "商品评价情感" },
  { name: "delivery_delay_days", en: "delivery time (days)", zh: "配送用时（天）" },
  { name: "tracking_exceptions", en: "carrier exceptions", zh: "物流异常次数" },
  { name: "sized_items", en: "items with a size option", zh: "有尺码选项的商品数" },
] as const;

export type RiskFeatureName = (typeof RISK_FEATURES)[number]["name"];

/** Feature values of one order, by name. */
export type RiskFeatureValues = Record<RiskFeatureName, number>;

/** Values in model order. */
export function featureVector(values: RiskFeatureValues): number[] {
  return RISK_FEATURES.map((f) => values[f.name]);
}
