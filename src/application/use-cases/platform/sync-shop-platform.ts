import type { Order } from "../../../domain/shop/order.js";
import { paymentKindOf } from "../../../domain/shop/payment-kind-of.js";
import type { ShopPlatform } from "../../ports/shop-platform.js";
import type { Store } from "../../ports/store.js";

/** Counts of one sync run, reported as it goes. */
export interface SyncProgress {
  phase: "customers" | "products" | "orders";
  customers: number;
  products: number;
  orders: number;
  /** Orders left alone: the mirror already holds a newer version, or their customer is unknown (guest checkout). */
  skipped: number;
}

/** Whether `incoming` is newer than what the mirror holds (or the mirror has nothing). */
export function isNewer(local: Order | undefined, incoming: Order): boolean {
  if (!local?.external || !incoming.external) return true;
  return incoming.external.updatedAt > local.external.updatedAt;
}

/** Stores an order (keeping the mirror's version counter) and adds its payment method to the customer's wallet. */
export async function mirrorOrder(store: Store, order: Order): Promise<void> {
  await store.transaction(async (tx) => {
    const customer = await tx.customers.get(order.customerId);
    if (customer) {
      const methods = new Set(customer.paymentMethods.map((m) => m.id));
      const missing = [...new Set(order.payments.map((p) => p.paymentMethodId))].filter((id) => !methods.has(id));
      if (missing.length > 0) {
        const added = missing.map((id) => ({ id, kind: paymentKindOf(id) }));
        await tx.customers.upsert({ ...customer, paymentMethods: [...customer.paymentMethods, ...added] });
      }
    }
    const local = await tx.orders.get(order.id);
    // A return or exchange waiting for staff exists only in Kefu: the platform still calls the order delivered.
    const waiting = local?.status === "return_requested" || local?.status === "exchange_requested";
    // An item change the platform made stays "pending (items modified)" and counts as the once-only change.
    const modified = local?.status === "pending_items_modified" && order.status === "pending";
    const status = (waiting && order.status === "delivered") || modified ? local.status : order.status;
    const itemsChangedOnce = order.itemsChangedOnce || (local?.itemsChangedOnce ?? false);
    await tx.orders.upsert({ ...order, status, itemsChangedOnce, version: local?.version ?? 0 });
  });
}

/**
 * Mirrors the platform into the store: customers, products, then orders (newer than the mirror's only),
 * adding each order's payment method to its customer's wallet so refunds can name it. Safe to run again:
 * a second run with nothing changed writes nothing new.
 */
export async function syncShopPlatform(
  deps: { store: Store; platform: ShopPlatform },
  options: {
    updatedSince?: string;
    onProgress?: (p: SyncProgress) => void;
    /** Reconciliation: orders only (customers and products come with the initial sync and `kefu sync`). */
    ordersOnly?: boolean;
  } = {},
): Promise<SyncProgress> {
  const { store, platform } = deps;
  const progress: SyncProgress = { phase: "customers", customers: 0, products: 0, orders: 0, skipped: 0 };
  const report = () => options.onProgress?.({ ...progress });
  for (let cursor: string | undefined = options.ordersOnly ? undefined : "1"; cursor; ) {
    const page = await platform.listCustomers(cursor);
    for (const customer of page.items) {
      const existing = await store.customers.get(customer.id);
      await store.customers.upsert({
        ...customer,
        paymentMethods: existing?.paymentMethods ?? customer.paymentMethods,
      });
      progress.customers += 1;
    }
    report();
    cursor = page.next;
  }
  progress.phase = "products";
  for (let cursor: string | undefined = options.ordersOnly ? undefined : "1"; cursor; ) {
    const page = await platform.listProducts(cursor);
    for (const product of page.items) await store.products.upsert(product);
    progress.products += page.items.length;
    report();
    cursor = page.next;
  }
  progress.phase = "orders";
  for (let cursor: string | undefined = "1"; cursor; ) {
    const page = await platform.listOrders({
      cursor,
      ...(options.updatedSince ? { updatedSince: options.updatedSince } : {}),
    });
    for (const order of page.items) {
      const customer = await store.customers.get(order.customerId);
      if (!customer || !isNewer(await store.orders.get(order.id), order)) {
        progress.skipped += 1;
        continue;
      }
      await mirrorOrder(store, order);
      progress.orders += 1;
    }
    report();
    cursor = page.next;
  }
  return progress;
}
