import type { ItemChangePlan } from "../../../domain/policy/item-change-plan.js";
import type { AfterSalesKind, AfterSalesRequest } from "../../../domain/shop/after-sales-request.js";
import type { Repositories } from "../../ports/store.js";
import { findPriorRequest, sameList } from "./request-records.js";

/** Which items an item modification or exchange swaps, and for which variants. */
export interface ItemSwap {
  itemIndexes: number[];
  newVariantIds: string[];
}

/** The newest live request of this kind that swapped the same items for the same variants (a retry). */
export function findSameSwap(
  tx: Pick<Repositories, "afterSales">,
  orderId: string,
  kind: AfterSalesKind,
  swap: ItemSwap,
): Promise<AfterSalesRequest | undefined> {
  return findPriorRequest(
    tx,
    orderId,
    kind,
    (r) => sameList(r.itemIndexes, swap.itemIndexes) && sameList(r.newVariantIds, swap.newVariantIds),
  );
}

/** The request fields a swap records: items, variants, the settled difference and the plan behind it. */
export function swapRequestFields(swap: ItemSwap, plan: ItemChangePlan) {
  return {
    itemIndexes: swap.itemIndexes,
    newVariantIds: swap.newVariantIds,
    amountCents: -plan.differenceCents,
    details: { paymentMethodId: plan.paymentMethodId, changes: plan.changes, differenceCents: plan.differenceCents },
  };
}

/** The audit details of a swap request. */
export function swapAuditDetails(requestId: string, swap: ItemSwap, plan: ItemChangePlan) {
  return {
    requestId,
    itemIndexes: swap.itemIndexes,
    newVariantIds: swap.newVariantIds,
    differenceCents: plan.differenceCents,
  };
}
