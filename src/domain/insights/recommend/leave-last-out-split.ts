import type { Purchase } from "./purchase-history.js";

/** Splits off each shopper's last new kept product as the test item; the rest is training data. */
export function leaveLastOutSplit(purchases: readonly Purchase[]): {
  train: Purchase[];
  heldOut: Map<string, string>;
} {
  const byCustomer = new Map<string, Purchase[]>();
  for (const p of [...purchases].sort((a, b) => a.sequence - b.sequence)) {
    if (p.returned) continue;
    const list = byCustomer.get(p.customerId) ?? [];
    list.push(p);
    byCustomer.set(p.customerId, list);
  }
  const heldOut = new Map<string, string>();
  for (const [customer, list] of byCustomer) {
    const distinct = [...new Set(list.map((p) => p.productId))];
    const last = distinct[distinct.length - 1];
    if (distinct.length >= 2 && last !== undefined) heldOut.set(customer, last);
  }
  const train = purchases.filter((p) => heldOut.get(p.customerId) !== p.productId);
  return { train, heldOut };
}
