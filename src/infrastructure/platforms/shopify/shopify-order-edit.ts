import { z } from "zod";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import { type PlatformItemSwap, swapQuantities } from "../../../domain/platform/platform-item-swap.js";
import type { Order } from "../../../domain/shop/order.js";
import { gidTail } from "./shopify-mapping.js";
import {
  ORDER_EDIT_ADD_VARIANT,
  ORDER_EDIT_BEGIN,
  ORDER_EDIT_COMMIT,
  ORDER_EDIT_SET_QUANTITY,
} from "./shopify-queries.js";
import type { ShopifyRun } from "./shopify-return-refund.js";
import { ShopifyEditLine, type ShopifyOrder, UserErrors } from "./shopify-schemas.js";

/** Shopify's GID of a Kefu variant (sh_v123 → gid://shopify/ProductVariant/123). */
export function variantGid(kefuVariantId: string): string {
  if (!/^sh_v\d+$/.test(kefuVariantId)) {
    throw new KefuError("PLATFORM_REFUSED", `Variant ${kefuVariantId} is not a Shopify variant`);
  }
  return `gid://shopify/ProductVariant/${kefuVariantId.slice(4)}`;
}

const refused = (message: string) => new KefuError("PLATFORM_REFUSED", `Shopify refused the item change: ${message}`);

type Line = z.infer<typeof ShopifyEditLine>;
const unitsOf = (line: Line) => line.currentQuantity ?? line.quantity ?? 0;

/**
 * The line items holding each swap's new variant once the change is on the order (lines the mirror did not know),
 * or undefined while it is not: a committed edit found on a retry is not made twice.
 */
function changedLines(lines: readonly Line[], order: Order, swaps: readonly PlatformItemSwap[]) {
  const known = new Set(order.external?.lineItemIds ?? []);
  const { removed, added } = swapQuantities(order.external?.lineItemIds ?? [], swaps);
  const mirrored = (id: string) => order.external?.lineItemIds.filter((l) => l === id).length ?? 0;
  const lowered = [...removed].every(([id, units]) => {
    const line = lines.find((l) => l.id === id);
    return line !== undefined && unitsOf(line) <= mirrored(id) - units;
  });
  const fresh = lines.filter((l) => !known.has(l.id) && unitsOf(l) > 0);
  const present = [...added].every(
    ([variantId, { quantity }]) =>
      fresh.filter((l) => l.variant?.id === variantGid(variantId)).reduce((sum, l) => sum + unitsOf(l), 0) >= quantity,
  );
  if (!lowered || !present) return undefined;
  return swaps.map((s) => fresh.find((l) => l.variant?.id === variantGid(s.toVariantId))?.id ?? "");
}

/**
 * An item change through order editing: orderEditBegin, orderEditSetQuantity lowering each replaced line (0 when
 * all its units go), orderEditAddVariant for the new variant, orderEditCommit with Kefu's key in the staff note.
 * Uncommitted edits are discarded by Shopify, so only a committed one counts: a retry first checks the order's
 * current line items and, when the change is already there, makes no second edit.
 */
export async function changeShopifyItems(
  run: ShopifyRun,
  input: { current: ShopifyOrder; order: Order; swaps: PlatformItemSwap[]; note: string; marker: string },
): Promise<{ lineItemIds?: string[] }> {
  const { current, order, swaps } = input;
  const done = changedLines(current.lineItems.nodes, order, swaps);
  if (done) return { lineItemIds: done };
  const begun = await run(
    ORDER_EDIT_BEGIN,
    { id: current.id },
    "orderEditBegin",
    z.object({
      calculatedOrder: z.object({ id: z.string(), lineItems: z.object({ nodes: z.array(ShopifyEditLine) }) }).nullish(),
      userErrors: UserErrors,
    }),
  );
  const calculated = begun.calculatedOrder;
  if (!calculated) throw refused(begun.userErrors[0]?.message ?? "the order cannot be edited");
  const { removed, added } = swapQuantities(order.external?.lineItemIds ?? [], swaps);
  for (const [lineItemId, units] of removed) {
    // A calculated line item carries the numeric id of the order line it stands for.
    const line = calculated.lineItems.nodes.find((l) => gidTail(l.id) === gidTail(lineItemId));
    if (!line || unitsOf(line) < units) throw refused(`line ${lineItemId} no longer holds ${units} unit(s)`);
    const set = await run(
      ORDER_EDIT_SET_QUANTITY,
      { id: calculated.id, lineItemId: line.id, quantity: unitsOf(line) - units, restock: true },
      "orderEditSetQuantity",
      z.object({ userErrors: UserErrors }),
    );
    if (set.userErrors[0]) throw refused(set.userErrors[0].message);
  }
  for (const [variantId, { quantity }] of added) {
    const add = await run(
      ORDER_EDIT_ADD_VARIANT,
      { id: calculated.id, variantId: variantGid(variantId), quantity, allowDuplicates: true },
      "orderEditAddVariant",
      z.object({ userErrors: UserErrors }),
    );
    if (add.userErrors[0]) throw refused(add.userErrors[0].message);
  }
  const committed = await run(
    ORDER_EDIT_COMMIT,
    { id: calculated.id, notifyCustomer: true, staffNote: `${input.note.slice(0, 200)} ${input.marker}`.trim() },
    "orderEditCommit",
    z.object({
      order: z.object({ id: z.string(), lineItems: z.object({ nodes: z.array(ShopifyEditLine) }) }).nullish(),
      userErrors: UserErrors,
    }),
  );
  if (!committed.order) throw refused(committed.userErrors[0]?.message ?? "the edit was not saved");
  const lineItemIds = changedLines(committed.order.lineItems.nodes, order, swaps);
  return lineItemIds ? { lineItemIds } : {};
}
