/**
 * One unit of a platform order swapped for another variant (an item change or an exchange): the order item at
 * `itemIndex` (its platform line is `order.external.lineItemIds[itemIndex]`) becomes `toVariantId`.
 */
export interface PlatformItemSwap {
  itemIndex: number;
  /** Kefu's ids of the new variant and its product (the adapters turn them into platform ids). */
  toVariantId: string;
  toProductId: string;
  /** The new variant's price, what the replaced unit is charged at. */
  newPriceCents: number;
}

/** What the platform did: its id of what it created, and the line item holding each swapped unit (if known). */
export interface PlatformSwapResult {
  platformRef?: string;
  lineItemIds?: string[];
}

/** Units to remove per platform line item, and units to add per Kefu variant, for one set of swaps. */
export function swapQuantities(lineItemIds: readonly string[], swaps: readonly PlatformItemSwap[]) {
  const removed = new Map<string, number>();
  const added = new Map<string, { swap: PlatformItemSwap; quantity: number }>();
  for (const swap of swaps) {
    const lineId = lineItemIds[swap.itemIndex];
    if (lineId) removed.set(lineId, (removed.get(lineId) ?? 0) + 1);
    const known = added.get(swap.toVariantId);
    added.set(swap.toVariantId, { swap, quantity: (known?.quantity ?? 0) + 1 });
  }
  return { removed, added };
}
