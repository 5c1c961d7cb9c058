import type { Store } from "../../src/application/ports/store.js";
import { type AfterSalesDeps, loadShopPolicy } from "../../src/application/use-cases/after-sales/index.js";
import type { ShopPolicy } from "../../src/domain/policy/shop-policy.js";
import type { Order } from "../../src/domain/shop/order.js";
import { openTarget, type TargetName } from "../integration/storage/store-targets.js";
import { delivered, makeOrder, NOW, OTHER_SHOPPER, PRODUCTS, SHOPPER } from "./policy-fixtures.js";

export const BOT = { type: "bot" as const, id: "kefu" };
export const AGENT = { type: "staff" as const, id: "usr_agent" };

/** Orders seeded for use-case tests, by role. */
export const ORDERS = {
  pending: makeOrder({ id: "#P1" }),
  pendingGift: makeOrder({
    id: "#P2",
    payments: [{ type: "payment", amountCents: 4000, paymentMethodId: "gift_card_7" }],
  }),
  delivered: delivered(3, { id: "#D1" }),
  deliveredOld: delivered(30, { id: "#D2" }),
  othersOrder: makeOrder({
    id: "#X1",
    customerId: OTHER_SHOPPER.id,
    payments: [{ type: "payment", amountCents: 10000, paymentMethodId: "credit_card_8" }],
  }),
} satisfies Record<string, Order>;

export interface UseCaseWorld {
  store: Store;
  deps: AfterSalesDeps;
  /** Sets the policy the use cases load (stored in settings like the admin does). */
  setPolicy(policy: ShopPolicy): Promise<void>;
  dispose(): Promise<void>;
}

/** A fresh migrated store (SQLite file or PostgreSQL schema) with the fixture shop, a fixed clock and counting ids. */
export async function openUseCaseWorld(policy: ShopPolicy, targetName: TargetName): Promise<UseCaseWorld> {
  const target = await openTarget(targetName);
  const store = await target.open();
  for (const customer of [SHOPPER, OTHER_SHOPPER]) await store.customers.upsert(customer);
  for (const product of PRODUCTS) await store.products.upsert(product);
  for (const order of Object.values(ORDERS)) await store.orders.upsert(order);
  await store.settings.set("policy", policy);
  let n = 0;
  const deps: AfterSalesDeps = {
    store,
    clock: { now: () => NOW, nowIso: () => NOW.toISOString() },
    ids: { next: (prefix) => `${prefix}_${++n}` },
    loadPolicy: () => loadShopPolicy(store),
  };
  return {
    store,
    deps,
    setPolicy: (p) => store.settings.set("policy", p),
    dispose: () => target.destroy(),
  };
}

/** Everything a refused action must leave untouched. */
export async function snapshot(store: Store, orderId: string) {
  return {
    order: await store.orders.get(orderId),
    customer: await store.customers.get(SHOPPER.id),
    requests: await store.afterSales.listByOrder(orderId),
    audit: (await store.audit.list({ offset: 0, limit: 500 })).items,
  };
}
