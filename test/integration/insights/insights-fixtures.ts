import type { Customer } from "../../../src/domain/shop/customer.js";
import type { Order } from "../../../src/domain/shop/order.js";
import type { Product } from "../../../src/domain/shop/product.js";

const address = { line1: "1 Main St", line2: "", city: "Austin", state: "TX", zip: "78701", country: "US" };

export const customer = (id: string, locale: "en" | "zh", firstName: string, lastName: string): Customer => ({
  id,
  firstName,
  lastName,
  email: `${id}@example.com`,
  locale,
  defaultAddress: address,
  addresses: [],
  paymentMethods: [],
});

export const product = (id: string, name: string, category: string, nameZh?: string, available = true): Product => ({
  id,
  name,
  ...(nameZh ? { nameZh } : {}),
  category,
  description: "",
  attributes: {},
  variants: [{ id: `${id}-v`, productId: id, options: { color: "blue" }, available, priceCents: 2500 }],
});

export const order = (
  id: string,
  customerId: string,
  productIds: string[],
  status: Order["status"],
  placedAt: string,
  deliveredAt?: string,
): Order => ({
  id,
  customerId,
  status,
  currency: "USD",
  address,
  items: productIds.map((p) => ({ productId: p, variantId: `${p}-v`, name: p, options: {}, priceCents: 2500 })),
  fulfillments: [],
  payments: [],
  placedAt,
  ...(deliveredAt ? { deliveredAt } : {}),
  itemsChangedOnce: false,
  version: 0,
});
