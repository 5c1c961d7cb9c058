import { z } from "zod";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import { type PlatformItemSwap, swapQuantities } from "../../../domain/platform/platform-item-swap.js";
import type { Order } from "../../../domain/shop/order.js";
import { variantGid } from "./shopify-order-edit.js";
import { RETURN_CANCEL, RETURN_PROCESS } from "./shopify-queries.js";
import { covers, openOrReuseReturn, returnLinesFor, type ShopifyRun } from "./shopify-return-refund.js";
import { type ShopifyOrder, type ShopifyReturn, UserErrors } from "./shopify-schemas.js";

const refused = (message: string) => new KefuError("PLATFORM_REFUSED", `Shopify refused the exchange: ${message}`);

/** Whether a return sends exactly these new variants: Kefu's exchange return of these units. */
function exchanges(ret: ShopifyReturn, added: ReadonlyMap<string, number>): boolean {
  const sent = new Map<string, number>();
  for (const line of ret.exchangeLineItems.nodes) {
    if (line.variantId) sent.set(line.variantId, (sent.get(line.variantId) ?? 0) + line.quantity);
  }
  return sent.size === added.size && [...added].every(([gid, n]) => sent.get(gid) === n);
}

/**
 * An exchange through the Returns API: returnCreate with the returned units' fulfilment line items and the new
 * variants as exchangeLineItems, then returnProcess of both (no money moves: Kefu only sends exchanges of equal
 * price). A retry finds the processed return and stops, or reuses the open one a failed attempt left; a refused
 * processing cancels the return Kefu opened, so the shop is left as it was.
 */
export async function exchangeShopifyItems(
  run: ShopifyRun,
  input: { current: ShopifyOrder; order: Order; swaps: PlatformItemSwap[]; reason: string; marker: string },
): Promise<{ platformRef: string }> {
  const { current, order, swaps } = input;
  const { removed, added: byVariant } = swapQuantities(order.external?.lineItemIds ?? [], swaps);
  const added = new Map([...byVariant].map(([id, { quantity }]) => [variantGid(id), quantity]));
  const lines = returnLinesFor(current, removed);
  if (!lines) throw refused("some of the units were never shipped, so they cannot be returned for an exchange");
  const mine = current.returns.nodes.filter((r) => covers(r, removed) && exchanges(r, added));
  const processed = mine.find((r) => r.status === "CLOSED");
  if (processed) return { platformRef: processed.id };
  const open = await openOrReuseReturn(run, {
    orderId: current.id,
    open: mine.find((r) => r.status === "OPEN"),
    lines,
    reason: input.reason,
    exchangeLineItems: [...added].map(([variantId, quantity]) => ({ variantId, quantity })),
    what: "exchange",
  });
  const result = await run(
    RETURN_PROCESS,
    {
      input: {
        returnId: open.id,
        returnLineItems: open.returnLineItems.nodes.map((l) => ({ id: l.id, quantity: l.quantity })),
        exchangeLineItems: open.exchangeLineItems.nodes.map((l) => ({ id: l.id, quantity: l.quantity })),
        note: `${input.reason.slice(0, 200)} ${input.marker}`.trim(),
        notifyCustomer: true,
      },
    },
    "returnProcess",
    z.object({ return: z.object({ id: z.string() }).nullish(), userErrors: UserErrors }),
  );
  if (result.return && !result.userErrors[0]) return { platformRef: result.return.id };
  const message = result.userErrors[0]?.message ?? "the return was not processed";
  await run(RETURN_CANCEL, { id: open.id }, "returnCancel", z.object({ userErrors: UserErrors })).catch(
    () => undefined,
  );
  throw refused(message);
}
