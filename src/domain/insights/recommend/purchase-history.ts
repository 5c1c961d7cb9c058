import type { AfterSalesRequest } from "../../shop/after-sales-request.js";
import type { Order } from "../../shop/order.js";

/** One product a shopper bought, in the order of their purchases. */
export interface Purchase {
  customerId: string;
  productId: string;
  orderId: string;
  /** Position in the shop-wide purchase timeline; larger is later. */
  sequence: number;
  /** The shopper sent it back (or asked to), so it is no signal of taste and never re-recommended. */
  returned: boolean;
}

const RETURNED_STATUSES = new Set<Order["status"]>(["returned", "return_requested"]);

/**
 * Purchases from orders, oldest first: by `placedAt` when every order has one, otherwise in the
 * given order. Cancelled orders are no purchases. Items named by a return request, or every item
 * of an order in a return status without one, count as returned.
 */
export function purchasesFromOrders(
  orders: readonly Order[],
  afterSales: readonly AfterSalesRequest[] = [],
): Purchase[] {
  const returnedItems = new Map<string, Set<number>>();
  for (const r of afterSales) {
    if (r.kind !== "return" || r.status === "rejected") continue;
    const set = returnedItems.get(r.orderId) ?? new Set<number>();
    for (const i of r.itemIndexes) set.add(i);
    returnedItems.set(r.orderId, set);
  }
  const dated = orders.every((o) => o.placedAt !== undefined);
  const ordered = orders
    .map((order, index) => ({ order, index }))
    .sort((a, b) =>
      dated ? (a.order.placedAt ?? "").localeCompare(b.order.placedAt ?? "") || a.index - b.index : a.index - b.index,
    );
  const purchases: Purchase[] = [];
  for (const { order } of ordered) {
    if (order.status === "cancelled") continue;
    const named = returnedItems.get(order.id);
    const wholeOrderReturned = RETURNED_STATUSES.has(order.status) && (named === undefined || named.size === 0);
    order.items.forEach((item, index) => {
      purchases.push({
        customerId: order.customerId,
        productId: item.productId,
        orderId: order.id,
        sequence: purchases.length,
        returned: wholeOrderReturned || (named?.has(index) ?? false),
      });
    });
  }
  return purchases;
}
