import type { z } from "zod";
import type { ImportRowError } from "../../application/use-cases/shop-data/import-report.js";
import { emptyShopDocument, type ShopDocument } from "../../application/use-cases/shop-data/shop-document.js";
import { formatPath } from "../../application/use-cases/shop-data/validate-shop-document.js";
import { toCents } from "../../domain/money.js";
import type { Customer } from "../../domain/shop/customer.js";
import type { Order } from "../../domain/shop/order.js";
import type { PaymentMethod } from "../../domain/shop/payment-method.js";
import type { Product } from "../../domain/shop/product.js";
import { Tau2DbEnvelope, Tau2Order, Tau2Product, Tau2User } from "./tau2-db-schema.js";

/** τ² order statuses (free text upstream) to Kefu's. */
const STATUS: Readonly<Record<string, Order["status"]>> = {
  pending: "pending",
  "pending (item modified)": "pending_items_modified",
  processed: "processed",
  shipped: "shipped",
  delivered: "delivered",
  cancelled: "cancelled",
  "return requested": "return_requested",
  "exchange requested": "exchange_requested",
  returned: "returned",
  exchanged: "exchanged",
};

type Tau2Address = z.infer<typeof Tau2User>["address"];

const address = (a: Tau2Address): Customer["defaultAddress"] => ({
  line1: a.address1,
  line2: a.address2,
  city: a.city,
  state: a.state,
  zip: a.zip,
  country: a.country,
});

function paymentMethod(m: z.infer<typeof Tau2User>["payment_methods"][string]): PaymentMethod {
  if (m.source === "credit_card") return { id: m.id, kind: "credit_card", brand: m.brand, last4: m.last_four };
  if (m.source === "gift_card") return { id: m.id, kind: "gift_card", balanceCents: toCents(m.balance) };
  return { id: m.id, kind: "paypal" };
}

function customer(key: string, u: z.infer<typeof Tau2User>): Customer {
  return {
    id: u.user_id ?? key,
    firstName: u.name.first_name,
    lastName: u.name.last_name,
    email: u.email,
    locale: "en",
    defaultAddress: address(u.address),
    addresses: [],
    paymentMethods: Object.values(u.payment_methods).map(paymentMethod),
  };
}

function product(p: z.infer<typeof Tau2Product>): Product {
  return {
    id: p.product_id,
    name: p.name,
    category: "",
    description: "",
    attributes: {},
    variants: Object.values(p.variants).map((v) => ({
      id: v.item_id,
      productId: p.product_id,
      options: v.options,
      available: v.available,
      priceCents: toCents(v.price),
    })),
  };
}

function order(o: z.infer<typeof Tau2Order>, status: Order["status"]): Order {
  return {
    id: o.order_id,
    customerId: o.user_id,
    status,
    currency: "USD",
    address: address(o.address),
    items: o.items.map((i) => ({
      productId: i.product_id,
      variantId: i.item_id,
      name: i.name,
      options: i.options,
      priceCents: toCents(i.price),
    })),
    fulfillments: o.fulfillments.map((f) => ({ trackingIds: f.tracking_id, variantIds: f.item_ids, events: [] })),
    payments: o.payment_history.map((p) => ({
      type: p.transaction_type,
      amountCents: toCents(p.amount),
      paymentMethodId: p.payment_method_id,
    })),
    ...(o.cancel_reason ? { cancelReason: o.cancel_reason } : {}),
    itemsChangedOnce: status === "pending_items_modified" || status === "exchange_requested" || status === "exchanged",
    version: 0,
  };
}

/** Parses each value of a keyed map with `schema`, reporting issues as `users["id"].field`. */
function eachRecord<S extends z.ZodType, T>(
  section: string,
  map: Record<string, unknown>,
  schema: S,
  errors: ImportRowError[],
  convert: (key: string, value: z.infer<S>) => T | undefined,
): T[] {
  const out: T[] = [];
  for (const [key, raw] of Object.entries(map)) {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        errors.push({
          path: formatPath(`${section}[${JSON.stringify(key)}]`, issue.path),
          id: key,
          message: issue.message,
        });
      }
      continue;
    }
    const converted = convert(key, parsed.data);
    if (converted !== undefined) out.push(converted);
  }
  return out;
}

/**
 * Converts a τ²-bench retail db.json: users → customers (credit card, PayPal, gift card with
 * balance), products with their variants, orders with fulfillments and payment history.
 * Amounts become integer cents; statuses are mapped, unknown ones reported per order.
 */
export function convertTau2Db(raw: unknown): { doc: ShopDocument; errors: ImportRowError[] } {
  const doc = emptyShopDocument();
  const envelope = Tau2DbEnvelope.safeParse(raw);
  if (!envelope.success) {
    const errors = envelope.error.issues.map((i) => ({ path: formatPath("", i.path), message: i.message }));
    return { doc, errors };
  }
  const errors: ImportRowError[] = [];
  doc.customers = eachRecord("users", envelope.data.users, Tau2User, errors, customer);
  doc.products = eachRecord("products", envelope.data.products, Tau2Product, errors, (_k, p) => product(p));
  doc.orders = eachRecord("orders", envelope.data.orders, Tau2Order, errors, (key, o) => {
    const status = STATUS[o.status.trim().toLowerCase()];
    if (status) return order(o, status);
    errors.push({ path: `orders[${JSON.stringify(key)}].status`, id: key, message: `unknown status "${o.status}"` });
    return undefined;
  });
  return { doc, errors };
}
