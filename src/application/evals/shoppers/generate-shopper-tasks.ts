import type { ShopPolicy } from "../../../domain/policy/shop-policy.js";
import type { Customer } from "../../../domain/shop/customer.js";
import type { Order } from "../../../domain/shop/order.js";
import type { PaymentMethod } from "../../../domain/shop/payment-method.js";
import type { Product, Variant } from "../../../domain/shop/product.js";
import { DialogExpectation } from "../eval-dialog.js";
import { deriveSeed, type Random, seededRandom } from "./seeded-random.js";
import type { ItemRef, PaymentRef, ShopperGoalKind, ShopperLanguage, ShopperTask } from "./shopper-task.js";
import { randomUsAddress } from "./us-addresses.js";

/** The parts of an imported shop the generator reads. */
export interface ShopData {
  customers: readonly Customer[];
  orders: readonly Order[];
  products: readonly Product[];
}

/** Share of goals per kind (refusals are a small share, as in real traffic). */
const KIND_WEIGHTS: readonly [ShopperGoalKind, number][] = [
  ["cancel", 14],
  ["modify_address", 12],
  ["modify_payment", 10],
  ["modify_items", 12],
  ["return", 16],
  ["exchange", 14],
  ["status", 10],
  ["refuse_cancel_delivered", 6],
  ["refuse_exchange_unavailable", 6],
];

function weightedKind(rng: Random): ShopperGoalKind {
  const total = KIND_WEIGHTS.reduce((s, [, w]) => s + w, 0);
  let roll = rng.int(total);
  for (const [kind, w] of KIND_WEIGHTS) {
    roll -= w;
    if (roll < 0) return kind;
  }
  return "cancel";
}

const optionValues = (options: Record<string, string>): string[] => Object.values(options);

/** Values that say nothing alone ("yes", "none", "7") are spoken with their option name, as a shopper would. */
const spoken = (key: string, value: string): string =>
  /^(yes|no|none|\d+(\.\d+)?)$/i.test(value) ? `${key} ${value}` : value;

const spokenOptions = (options: Record<string, string>): string[] =>
  Object.entries(options).map(([k, v]) => spoken(k, v));

/** How a shopper can point at line `index`: by name, by an option no other line has, by position. */
function itemRef(order: Order, index: number): ItemRef | undefined {
  const item = order.items[index];
  if (!item) return undefined;
  // Two lines of one product make "the t-shirt" ambiguous; such orders are not used for item goals.
  if (order.items.filter((i) => i.productId === item.productId).length > 1) return undefined;
  const others = new Set(order.items.filter((_, i) => i !== index).flatMap((i) => optionValues(i.options)));
  const unique = optionValues(item.options).find(
    (v) => !others.has(v) && /^[a-z]+$/i.test(v) && !/^(yes|no|none)$/i.test(v),
  );
  return { index, name: item.name, options: optionValues(item.options), ...(unique ? { uniqueOption: unique } : {}) };
}

/** The option values of `target` that differ from the current one, when they name only it (else all), spoken. */
function shortOptions(product: Product, current: Variant | undefined, target: Variant): string[] {
  const differing = Object.entries(target.options).filter(([k, v]) => current?.options[k] !== v);
  const matches = product.variants.filter((v) => differing.every(([k, d]) => v.options[k] === d));
  return matches.length === 1 ? differing.map(([k, v]) => spoken(k, v)) : spokenOptions(target.options);
}

const paymentRef = (m: PaymentMethod): PaymentRef => ({
  id: m.id,
  kind: m.kind,
  ...(m.last4 ? { last4: m.last4 } : {}),
  ...(m.brand ? { brand: m.brand } : {}),
});

const orderTotal = (order: Order): number => order.items.reduce((s, i) => s + i.priceCents, 0);
const paidWith = (order: Order): string | undefined =>
  order.payments.find((p) => p.type === "payment")?.paymentMethodId;

/** Two saved methods of one kind cannot be told apart by "my paypal"; such customers are skipped for payment goals. */
const nameable = (c: Customer, m: PaymentMethod): boolean =>
  c.paymentMethods.filter((x) => x.kind === m.kind).length === 1 || m.last4 !== undefined;

interface Draft {
  order: Order;
  customer: Customer;
  fields: Partial<ShopperTask>;
  expect: Record<string, unknown>;
}

type Builder = (order: Order, customer: Customer, shop: Indexed, policy: ShopPolicy, rng: Random) => Draft | undefined;

interface Indexed {
  products: Map<string, Product>;
  variants: Map<string, Variant>;
}

const written = (order: Order, kind: string, status: string, extra: Record<string, unknown> = {}) => [
  { order: order.id, kind, status, ...extra },
];

/** A random line of the order the shopper can name, with its product. */
function pickLine(order: Order, shop: Indexed, rng: Random) {
  const index = rng.int(order.items.length);
  const ref = itemRef(order, index);
  const item = order.items[index];
  const product = item ? shop.products.get(item.productId) : undefined;
  return ref && item && product ? { ref, item, product } : undefined;
}

const BUILDERS: Record<ShopperGoalKind, Builder> = {
  cancel(order, customer, _shop, policy, rng) {
    if (!policy.statuses.cancel.includes(order.status)) return undefined;
    const reason = rng.pick(policy.cancelReasons ?? ["no longer needed"]) as ShopperTask["reason"];
    return {
      order,
      customer,
      fields: reason ? { reason } : {},
      expect: {
        orders: { [order.id]: { status: "cancelled" } },
        newRequests: written(order, "cancel", "completed"),
      },
    };
  },
  modify_address(order, customer, _shop, policy, rng) {
    if (!policy.statuses.modifyAddress.includes(order.status)) return undefined;
    const address = randomUsAddress(rng);
    return {
      order,
      customer,
      fields: { address },
      expect: {
        orders: { [order.id]: { status: order.status, address } },
        newRequests: written(order, "modify_address", "completed"),
      },
    };
  },
  modify_payment(order, customer, _shop, policy, rng) {
    if (!policy.statuses.modifyPayment.includes(order.status) || order.payments.length !== 1) return undefined;
    const current = paidWith(order);
    const options = customer.paymentMethods.filter(
      (m) =>
        m.id !== current &&
        nameable(customer, m) &&
        (m.kind !== "gift_card" || !policy.giftCardMustCover || (m.balanceCents ?? 0) >= orderTotal(order)),
    );
    if (options.length === 0) return undefined;
    const payment = rng.pick(options);
    return {
      order,
      customer,
      fields: { payment: paymentRef(payment) },
      expect: {
        orders: { [order.id]: { paymentMethod: payment.id } },
        newRequests: written(order, "modify_payment", "completed", { paymentTo: payment.id }),
      },
    };
  },
  modify_items(order, customer, shop, policy, rng) {
    if (!policy.statuses.modifyItems.includes(order.status) || order.itemsChangedOnce) return undefined;
    return itemSwap(order, customer, shop, policy, rng, "modify_items");
  },
  return(order, customer, shop, policy, rng) {
    if (!policy.statuses.return.includes(order.status)) return undefined;
    const line = pickLine(order, shop, rng);
    const original = customer.paymentMethods.find((m) => m.id === paidWith(order));
    if (!line || !original) return undefined;
    const giftCard = customer.paymentMethods.find((m) => m.kind === "gift_card");
    const toGift = giftCard && policy.returnRefundTo.includes("gift_card") && rng.chance(0.3);
    const refund = toGift ? giftCard : original;
    return {
      order,
      customer,
      fields: { item: line.ref, payment: paymentRef(refund) },
      expect: {
        orders: { [order.id]: { status: "return_requested" } },
        newRequests: written(order, "return", "requested", {
          items: [line.ref.index],
          amountCents: line.item.priceCents,
          refundTo: refund.id,
        }),
      },
    };
  },
  exchange(order, customer, shop, policy, rng) {
    if (!policy.statuses.exchange.includes(order.status) || order.itemsChangedOnce) return undefined;
    return itemSwap(order, customer, shop, policy, rng, "exchange");
  },
  status(order, customer) {
    const trackingId = order.fulfillments.flatMap((f) => f.trackingIds)[0];
    if (!trackingId || !["processed", "shipped", "delivered"].includes(order.status)) return undefined;
    return {
      order,
      customer,
      fields: { trackingId },
      expect: { unchanged: true, newRequests: [], replyFacts: [trackingId] },
    };
  },
  refuse_cancel_delivered(order, customer, _shop, policy, rng) {
    if (order.status !== "delivered" || policy.statuses.cancel.includes(order.status)) return undefined;
    const reason = rng.pick(policy.cancelReasons ?? ["no longer needed"]) as ShopperTask["reason"];
    return { order, customer, fields: reason ? { reason } : {}, expect: { unchanged: true, newRequests: [] } };
  },
  refuse_exchange_unavailable(order, customer, shop, policy, rng) {
    if (!policy.statuses.exchange.includes(order.status) || order.itemsChangedOnce) return undefined;
    const line = pickLine(order, shop, rng);
    if (!line) return undefined;
    const gone = line.product.variants.filter((v) => !v.available && v.id !== line.item.variantId);
    if (gone.length === 0) return undefined;
    const target = rng.pick(gone);
    const current = shop.variants.get(line.item.variantId);
    return {
      order,
      customer,
      fields: {
        item: line.ref,
        newOptions: spokenOptions(target.options),
        newOptionsShort: shortOptions(line.product, current, target),
      },
      expect: { unchanged: true, newRequests: [] },
    };
  },
};

/** Modify (pending) or exchange (delivered) one line for another available variant of the same product. */
function itemSwap(
  order: Order,
  customer: Customer,
  shop: Indexed,
  policy: ShopPolicy,
  rng: Random,
  kind: "modify_items" | "exchange",
): Draft | undefined {
  const line = pickLine(order, shop, rng);
  if (!line) return undefined;
  const targets = line.product.variants.filter((v) => v.available && v.id !== line.item.variantId);
  if (targets.length === 0) return undefined;
  const target = rng.pick(targets);
  const current = shop.variants.get(line.item.variantId);
  const original = customer.paymentMethods.find((m) => m.id === paidWith(order));
  const difference = target.priceCents - line.item.priceCents;
  // The difference is paid or refunded with the original method; a gift card must cover a positive one.
  if (!original || !nameable(customer, original)) return undefined;
  if (original.kind === "gift_card" && policy.giftCardMustCover && (original.balanceCents ?? 0) < difference) {
    return undefined;
  }
  const items = order.items.map((i, n) => (n === line.ref.index ? target.id : i.variantId));
  const status = kind === "modify_items" ? "pending_items_modified" : "exchange_requested";
  return {
    order,
    customer,
    fields: {
      item: line.ref,
      newOptions: spokenOptions(target.options),
      newOptionsShort: shortOptions(line.product, current, target),
      payment: paymentRef(original),
    },
    expect: {
      orders: { [order.id]: kind === "modify_items" ? { status, items } : { status } },
      newRequests: written(order, kind, kind === "modify_items" ? "completed" : "requested", {
        items: [line.ref.index],
        newVariants: [target.id],
      }),
    },
  };
}

function languageOf(rng: Random, mix: ShopperLanguage | "all"): ShopperLanguage {
  if (mix !== "all") return mix;
  const roll = rng.next();
  return roll < 0.6 ? "en" : roll < 0.8 ? "zh" : "mixed";
}

/** Another saved method to name by mistake at the confirmation (a change of mind), when there is one. */
function wrongPaymentFor(draft: Draft, rng: Random): PaymentRef | undefined {
  const right = draft.fields.payment;
  if (!right || !rng.chance(0.25)) return undefined;
  const others = draft.customer.paymentMethods.filter(
    (m) => m.id !== right.id && m.kind !== right.kind && m.kind !== "gift_card",
  );
  return others.length > 0 ? paymentRef(rng.pick(others)) : undefined;
}

/**
 * Draws `count` goals from the shop, deterministically for a seed: a customer, one of their orders and a goal
 * the τ² policy allows (or, for the refuse kinds, must refuse), with the end state computed from the data.
 */
export function generateShopperTasks(input: {
  shop: ShopData;
  policy: ShopPolicy;
  count: number;
  seed: number;
  language: ShopperLanguage | "all";
}): ShopperTask[] {
  const { shop, policy } = input;
  const rng = seededRandom(deriveSeed(input.seed, "tasks"));
  const indexed: Indexed = {
    products: new Map(shop.products.map((p) => [p.id, p])),
    variants: new Map(shop.products.flatMap((p) => p.variants.map((v) => [v.id, v] as const))),
  };
  const customers = new Map(shop.customers.map((c) => [c.id, c]));
  const orders = [...shop.orders].sort((a, b) => a.id.localeCompare(b.id));
  const used = new Set<string>();
  const tasks: ShopperTask[] = [];
  for (let attempt = 0; tasks.length < input.count && attempt < input.count * 200; attempt++) {
    const kind = weightedKind(rng);
    const order = rng.pick(orders);
    const customer = customers.get(order.customerId);
    if (!customer || used.has(order.id)) continue;
    const draft = BUILDERS[kind](order, customer, indexed, policy, rng);
    if (!draft) continue;
    used.add(order.id);
    const wrongPayment = wrongPaymentFor(draft, rng);
    tasks.push({
      id: `${kind}-${tasks.length + 1}`,
      kind,
      language: languageOf(rng, input.language),
      customer: {
        id: customer.id,
        firstName: customer.firstName,
        lastName: customer.lastName,
        email: customer.email,
        zip: customer.defaultAddress.zip,
      },
      orderId: order.id,
      ...draft.fields,
      ...(wrongPayment ? { wrongPayment } : {}),
      expect: DialogExpectation.parse(draft.expect),
    });
  }
  return tasks;
}
