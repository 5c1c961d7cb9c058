import type { ItemChangePlan } from "../../../domain/policy/item-change-plan.js";
import type { ItemChange } from "../../../domain/policy/variant-changes.js";
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

/** The changes an item modification or exchange request planned, read back from its details. */
export function plannedChanges(request: AfterSalesRequest): ItemChange[] {
  const raw = request.details.changes;
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((c): ItemChange[] =>
    typeof c === "object" && c !== null && "itemIndex" in c && "toVariantId" in c && "newPriceCents" in c
      ? [
          {
            itemIndex: Number(c.itemIndex),
            fromVariantId: "fromVariantId" in c ? String(c.fromVariantId) : "",
            toVariantId: String(c.toVariantId),
            newPriceCents: Number(c.newPriceCents),
            differenceCents: "differenceCents" in c ? Number(c.differenceCents) : 0,
          },
        ]
      : [],
  );
}
