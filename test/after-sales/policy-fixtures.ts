import type { Customer } from "../../src/domain/shop/customer.js";
import type { Order, OrderItem } from "../../src/domain/shop/order.js";
import type { Product, Variant } from "../../src/domain/shop/product.js";

/** A shopper with a card, PayPal, a well-funded and an almost empty gift card. */
export const SHOPPER: Customer = {
  id: "lin_chen_7",
  firstName: "Lin",
  lastName: "Chen",
  email: "lin.chen@example.com",
  locale: "en",
  defaultAddress: { line1: "5 Oak Ave", line2: "", city: "Austin", state: "TX", zip: "78701", country: "USA" },
  addresses: [],
  paymentMethods: [
    { id: "credit_card_7", kind: "credit_card", brand: "visa", last4: "1111" },
    { id: "paypal_7", kind: "paypal" },
    { id: "gift_card_7", kind: "gift_card", balanceCents: 5000 },
    { id: "gift_card_low", kind: "gift_card", balanceCents: 100 },
  ],
};

export const OTHER_SHOPPER: Customer = {
  ...SHOPPER,
  id: "noah_kim_8",
  firstName: "Noah",
  lastName: "Kim",
  email: "noah.kim@example.com",
  paymentMethods: [{ id: "credit_card_8", kind: "credit_card", last4: "2222" }],
};

const variant = (
  id: string,
  productId: string,
  options: Record<string, string>,
  priceCents: number,
  available = true,
): Variant => ({
  id,
  productId,
  options,
  priceCents,
  available,
});

export const SHIRT: Product = {
  id: "shirt",
  name: "T-Shirt",
  nameZh: "T恤",
  category: "clothing",
  description: "",
  attributes: {},
  variants: [
    variant("shirt-red-m", "shirt", { color: "red", size: "M" }, 2000),
    variant("shirt-blue-m", "shirt", { color: "blue", size: "M" }, 2000),
    variant("shirt-blue-l", "shirt", { color: "blue", size: "L" }, 2500),
    variant("shirt-green-s", "shirt", { color: "green", size: "S" }, 1500),
    variant("shirt-red-l", "shirt", { color: "red", size: "L" }, 2500, false),
  ],
};

export const LAMP: Product = {
  id: "lamp",
  name: "Desk Lamp",
  nameZh: "台灯",
  category: "home",
  description: "",
  attributes: {},
  variants: [
    variant("lamp-white", "lamp", { color: "white" }, 8000),
    variant("lamp-black", "lamp", { color: "black" }, 9000),
  ],
};

export const PRODUCTS = [SHIRT, LAMP];

/** A variant by id (throws in tests on a typo). */
export function v(id: string): Variant {
  const found = PRODUCTS.flatMap((p) => p.variants).find((x) => x.id === id);
  if (!found) throw new Error(`no variant ${id}`);
  return found;
}

export function line(variantId: string): OrderItem {
  const x = v(variantId);
  const product = PRODUCTS.find((p) => p.id === x.productId);
  return {
    productId: x.productId,
    variantId: x.id,
    name: product?.name ?? x.productId,
    options: x.options,
    priceCents: x.priceCents,
  };
}

export const NOW = new Date("2026-11-23T12:00:00.000Z");
/** An ISO time `days` before NOW. */
export const daysAgo = (days: number): string => new Date(NOW.getTime() - days * 86_400_000).toISOString();

/** A shirt (red M, 20.00) and a lamp (white, 80.00), paid 100.00 by credit card. */
export function makeOrder(overrides: Partial<Order> = {}): Order {
  return {
    id: "#W2000001",
    customerId: SHOPPER.id,
    status: "pending",
    currency: "USD",
    address: SHOPPER.defaultAddress,
    items: [line("shirt-red-m"), line("lamp-white")],
    fulfillments: [],
    payments: [{ type: "payment", amountCents: 10000, paymentMethodId: "credit_card_7", at: daysAgo(20) }],
    placedAt: daysAgo(20),
    itemsChangedOnce: false,
    version: 0,
    ...overrides,
  };
}

export function delivered(daysSinceDelivery: number, overrides: Partial<Order> = {}): Order {
  return makeOrder({ status: "delivered", deliveredAt: daysAgo(daysSinceDelivery), ...overrides });
}
