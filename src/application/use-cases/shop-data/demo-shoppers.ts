import type { OrderStatus } from "../../../domain/shop/order.js";

/** Every order status, plus a delivery 20 days ago that is outside the 7-day return window. */
export type DemoOrderKey = OrderStatus | "deliveredLongAgo";

export const DEMO_ORDER_KEYS: readonly DemoOrderKey[] = [
  "pending",
  "pending_items_modified",
  "processed",
  "shipped",
  "delivered",
  "deliveredLongAgo",
  "cancelled",
  "return_requested",
  "exchange_requested",
  "returned",
  "exchanged",
];

/** A demo shopper other tests can verify as and act for. */
export interface DemoShopper {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  phone: string;
  zip: string;
  locale: "en" | "zh";
  /** One order per key; `delivered` was delivered 3 days before the seeding clock, `deliveredLongAgo` 20. */
  orderIds: Record<DemoOrderKey, string>;
  /** Payment method ids by kind. */
  paymentMethodIds: Record<string, string>;
  /** Gift-card balance in cents at seeding time. */
  giftCardBalanceCents: number;
}

/** The two demo shoppers with an order in every state: Emma Wilson (en) and 李娜 (zh). */
export const DEMO_SHOPPERS = {
  en: {
    id: "emma_wilson_1001",
    email: "emma.wilson@example.com",
    firstName: "Emma",
    lastName: "Wilson",
    phone: "+14155550142",
    zip: "94107",
    locale: "en",
    orderIds: {
      pending: "#W0010001",
      pending_items_modified: "#W0010002",
      processed: "#W0010003",
      shipped: "#W0010004",
      delivered: "#W0010005",
      deliveredLongAgo: "#W0010006",
      cancelled: "#W0010007",
      return_requested: "#W0010008",
      exchange_requested: "#W0010009",
      returned: "#W0010010",
      exchanged: "#W0010011",
    },
    paymentMethodIds: { credit_card: "credit_card_1001", paypal: "paypal_1001", gift_card: "gift_card_1001" },
    giftCardBalanceCents: 8000,
  },
  zh: {
    id: "li_na_2001",
    email: "li.na@example.cn",
    firstName: "娜",
    lastName: "李",
    phone: "13912345678",
    zip: "200031",
    locale: "zh",
    orderIds: {
      pending: "#W0020001",
      pending_items_modified: "#W0020002",
      processed: "#W0020003",
      shipped: "#W0020004",
      delivered: "#W0020005",
      deliveredLongAgo: "#W0020006",
      cancelled: "#W0020007",
      return_requested: "#W0020008",
      exchange_requested: "#W0020009",
      returned: "#W0020010",
      exchanged: "#W0020011",
    },
    paymentMethodIds: {
      alipay: "alipay_2001",
      wechat_pay: "wechat_pay_2001",
      gift_card: "gift_card_2001",
      credit_card: "credit_card_2001",
    },
    giftCardBalanceCents: 20000,
  },
} as const satisfies Record<"en" | "zh", DemoShopper>;
