import { KefuError } from "../../../domain/errors/kefu-error.js";
import type { Customer } from "../../../domain/shop/customer.js";
import type { Order, OrderItem, PaymentTransaction } from "../../../domain/shop/order.js";
import type { Product } from "../../../domain/shop/product.js";
import { DEMO_PRODUCTS } from "./demo-catalog.js";
import { DEMO_CUSTOMERS, EMMA, LI_NA } from "./demo-customers.js";
import { DEMO_ORDER_KEYS, DEMO_SHOPPERS, type DemoOrderKey } from "./demo-shoppers.js";
import { type Carrier, DEMO_TIMELINES, daysAgo, fulfillment } from "./demo-timeline.js";

/** [order key, variant ids, payment method id]. */
type Spec = readonly [DemoOrderKey, readonly string[], string];

const EMMA_ORDERS: readonly Spec[] = [
  ["pending", ["tshirt-blue-m", "earbuds-white"], "credit_card_1001"],
  ["pending_items_modified", ["keyboard-linear-full"], "credit_card_1001"],
  ["processed", ["backpack-grey"], "paypal_1001"],
  ["shipped", ["watch-black-silicone"], "credit_card_1001"],
  ["delivered", ["keyboard-clicky-full", "tshirt-blue-l"], "credit_card_1001"],
  ["deliveredLongAgo", ["coffee-black"], "paypal_1001"],
  ["cancelled", ["lamp-white"], "gift_card_1001"],
  ["return_requested", ["shoes-42-black"], "credit_card_1001"],
  ["exchange_requested", ["jacket-navy-m"], "paypal_1001"],
  ["returned", ["speaker-blue"], "credit_card_1001"],
  ["exchanged", ["yogamat-6-purple"], "credit_card_1001"],
];

const LI_NA_ORDERS: readonly Spec[] = [
  ["pending", ["earbuds-black", "bottle-500-blue"], "alipay_2001"],
  ["pending_items_modified", ["tshirt-white-m"], "wechat_pay_2001"],
  ["processed", ["teaset-white"], "alipay_2001"],
  ["shipped", ["scarf-red"], "wechat_pay_2001"],
  ["delivered", ["tshirt-blue-m", "keyboard-tactile-full"], "alipay_2001"],
  ["deliveredLongAgo", ["kettle-15l-steel"], "alipay_2001"],
  ["cancelled", ["watch-gold-leather"], "wechat_pay_2001"],
  ["return_requested", ["sunglasses-black-polarized"], "gift_card_2001"],
  ["exchange_requested", ["shoes-41-black"], "alipay_2001"],
  ["returned", ["mouse-white"], "credit_card_2001"],
  ["exchanged", ["powerbank-10k"], "wechat_pay_2001"],
];

const VARIANTS = new Map(DEMO_PRODUCTS.flatMap((p) => p.variants.map((v) => [v.id, { product: p, variant: v }])));

function item(variantId: string): OrderItem {
  const found = VARIANTS.get(variantId);
  if (!found) throw new KefuError("INTERNAL", `demo data names unknown variant ${variantId}`);
  const { product, variant } = found;
  return {
    productId: product.id,
    variantId,
    name: product.name,
    options: variant.options,
    priceCents: variant.priceCents,
  };
}

function carrierFor(customer: Customer, serial: number): Carrier {
  const digits = String(100_000_000 + serial * 7_919).padStart(10, "0");
  if (customer.locale === "zh") {
    return {
      name: "顺丰速运",
      trackingId: `SF13${digits}`,
      origin: "广州白云仓",
      hub: "华东转运中心",
      destination: customer.defaultAddress.city,
      zh: true,
    };
  }
  const a = customer.defaultAddress;
  return {
    name: "UPS",
    trackingId: `1Z999AA1${digits}`,
    origin: "Reno, NV",
    hub: "Sacramento, CA",
    destination: `${a.city}, ${a.state}`,
    zh: false,
  };
}

function buildOrder(now: Date, id: string, customer: Customer, spec: Spec, serial: number): Order {
  const [key, variantIds, paymentMethodId] = spec;
  const t = DEMO_TIMELINES[key];
  const items = variantIds.map(item);
  const total = items.reduce((sum, i) => sum + i.priceCents, 0);
  const placedAt = daysAgo(now, t.placed);
  const payments: PaymentTransaction[] = [{ type: "payment", amountCents: total, paymentMethodId, at: placedAt }];
  if (t.refunded) {
    const at = daysAgo(now, t.delivered !== undefined ? t.delivered - 2 : t.placed - 1);
    payments.push({ type: "refund", amountCents: total, paymentMethodId, at });
  }
  return {
    id,
    customerId: customer.id,
    status: t.status,
    currency: "USD",
    address: customer.defaultAddress,
    items,
    fulfillments: fulfillment(now, t, carrierFor(customer, serial), variantIds.slice()),
    payments,
    placedAt,
    ...(t.delivered !== undefined ? { deliveredAt: daysAgo(now, t.delivered) } : {}),
    ...(t.status === "cancelled" ? { cancelReason: customer.locale === "zh" ? "不想要了" : "no longer needed" } : {}),
    itemsChangedOnce: t.itemsChangedOnce === true,
    version: 0,
  };
}

/** Twenty more orders for the other ten shoppers, cycling through every state and product. */
function otherSpecs(): { customer: Customer; spec: Spec }[] {
  const others = DEMO_CUSTOMERS.filter((c) => c.id !== EMMA.id && c.id !== LI_NA.id);
  const available = DEMO_PRODUCTS.flatMap((p: Product) => p.variants.filter((v) => v.available).map((v) => v.id));
  return Array.from({ length: 20 }, (_, i) => {
    const customer = others[i % others.length] ?? EMMA;
    const key = DEMO_ORDER_KEYS[i % DEMO_ORDER_KEYS.length] ?? "pending";
    const variants = [available[(i * 7) % available.length] ?? "tshirt-blue-m"];
    if (i % 3 === 0) variants.push(available[(i * 11 + 5) % available.length] ?? "tshirt-blue-m");
    const method = customer.paymentMethods[i % customer.paymentMethods.length]?.id ?? "";
    return { customer, spec: [key, variants, method] };
  });
}

/** The demo shop's 42 orders, dated relative to `now`: both demo shoppers have one in every state. */
export function buildDemoOrders(now: Date): Order[] {
  const orders: Order[] = [];
  for (const spec of EMMA_ORDERS) {
    orders.push(buildOrder(now, DEMO_SHOPPERS.en.orderIds[spec[0]], EMMA, spec, orders.length));
  }
  for (const spec of LI_NA_ORDERS) {
    orders.push(buildOrder(now, DEMO_SHOPPERS.zh.orderIds[spec[0]], LI_NA, spec, orders.length));
  }
  for (const [i, { customer, spec }] of otherSpecs().entries()) {
    orders.push(buildOrder(now, `#W003${String(i + 1).padStart(4, "0")}`, customer, spec, orders.length));
  }
  return orders;
}
