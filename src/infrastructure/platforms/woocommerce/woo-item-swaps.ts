import { z } from "zod";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import { type PlatformItemSwap, swapQuantities } from "../../../domain/platform/platform-item-swap.js";
import type { Order } from "../../../domain/shop/order.js";
import type { WooClient } from "./woo-client.js";
import { cents } from "./woo-mapping.js";
import { WooOrder } from "./woo-schemas.js";

/** Order meta keys that carry Kefu's idempotency key: a retried write finds what it already did. */
export const WOO_ITEM_CHANGE_META = "_kefu_item_change";
export const WOO_EXCHANGE_META = "_kefu_exchange";
/** On a replacement order: the number of the order it replaces units of. */
export const WOO_EXCHANGE_OF_META = "_kefu_exchange_of";

/** Statuses WooCommerce itself lets staff edit line items in. */
const EDITABLE = new Set(["pending", "on-hold"]);
/** Statuses no exchange can follow. */
const CLOSED = new Set(["cancelled", "refunded", "failed", "trash"]);

const money = (value: number) => (value / 100).toFixed(2);
const tail = (id: string, prefix: string) => Number(id.slice(prefix.length));

/** WooCommerce's product and variation ids of a Kefu variant (a simple product's variant carries the product id). */
function wooProduct(swap: PlatformItemSwap): { product_id: number; variation_id: number } {
  const productId = tail(swap.toProductId, "wc_p");
  const variantId = tail(swap.toVariantId, "wc_v");
  if (!Number.isInteger(productId) || !Number.isInteger(variantId)) {
    throw new KefuError("PLATFORM_REFUSED", `Variant ${swap.toVariantId} is not a WooCommerce variant`);
  }
  return { product_id: productId, variation_id: variantId === productId ? 0 : variantId };
}

const marked = (o: WooOrder, key: string, value: string) => o.meta_data.some((m) => m.key === key && m.value === value);

/** The line of `current` now holding each swap's new variant (a line Kefu's mirror did not know). */
function newLineIds(current: WooOrder, order: Order, swaps: readonly PlatformItemSwap[]): string[] | undefined {
  const known = new Set(order.external?.lineItemIds ?? []);
  const ids = swaps.map((swap) => {
    const wanted = wooProduct(swap);
    const line = current.line_items.find(
      (l) => !known.has(String(l.id)) && l.product_id === wanted.product_id && l.variation_id === wanted.variation_id,
    );
    return line ? String(line.id) : "";
  });
  return ids.every(Boolean) ? ids : undefined;
}

/**
 * An item change: one PUT of the order's line_items — each replaced line's quantity lowered (0 removes it) and the
 * new product/variation added at the new price — with Kefu's key in the order's meta, written in the same request,
 * so a retry after success finds the key and changes nothing again.
 */
export async function changeWooItems(
  client: WooClient,
  order: Order,
  input: { externalId: string; swaps: PlatformItemSwap[]; idempotencyKey: string },
) {
  const current = (await client.request("GET", `/orders/${input.externalId}`, WooOrder)).body;
  if (marked(current, WOO_ITEM_CHANGE_META, input.idempotencyKey)) {
    return { lineItemIds: newLineIds(current, order, input.swaps) };
  }
  if (!EDITABLE.has(current.status)) {
    throw new KefuError(
      "PLATFORM_REFUSED",
      `WooCommerce refused: order is ${current.status}, only pending or on-hold orders can be edited`,
    );
  }
  const { removed, added } = swapQuantities(order.external?.lineItemIds ?? [], input.swaps);
  const lowered = [...removed].map(([id, units]) => {
    const line = current.line_items.find((l) => String(l.id) === id);
    if (!line || line.quantity < units) {
      throw new KefuError("PLATFORM_REFUSED", `WooCommerce refused: line ${id} no longer holds ${units} unit(s)`);
    }
    const quantity = line.quantity - units;
    const total = money(Math.round(cents(line.total) / line.quantity) * quantity);
    return quantity > 0 ? { id: line.id, quantity, subtotal: total, total } : { id: line.id, quantity: 0 };
  });
  const adding = [...added.values()].map(({ swap, quantity }) => ({
    ...wooProduct(swap),
    quantity,
    subtotal: money(swap.newPriceCents * quantity),
    total: money(swap.newPriceCents * quantity),
  }));
  const updated = await client.request("PUT", `/orders/${input.externalId}`, WooOrder, {
    line_items: [...lowered, ...adding],
    meta_data: [{ key: WOO_ITEM_CHANGE_META, value: input.idempotencyKey }],
  });
  return { lineItemIds: newLineIds(updated.body, order, input.swaps) };
}

/**
 * An exchange: WooCommerce has no exchange object, so the new units ship on a replacement order — a child of the
 * original (`parent_id`), already paid (total 0), Kefu's key and the original's number in its meta. The key is
 * looked up among the original's child orders first, so a retried exchange creates one replacement.
 */
export async function exchangeWooItems(
  client: WooClient,
  input: { externalId: string; swaps: PlatformItemSwap[]; reason: string; idempotencyKey: string },
) {
  const children = await client.request(
    "GET",
    `/orders?parent=${encodeURIComponent(input.externalId)}&per_page=100`,
    z.array(WooOrder),
  );
  const made = children.body.find((o) => marked(o, WOO_EXCHANGE_META, input.idempotencyKey));
  if (made) return { platformRef: String(made.id) };
  const current = (await client.request("GET", `/orders/${input.externalId}`, WooOrder)).body;
  if (CLOSED.has(current.status)) {
    throw new KefuError("PLATFORM_REFUSED", `WooCommerce refused: order is ${current.status}, nothing to exchange`);
  }
  const { added } = swapQuantities([], input.swaps);
  const created = await client.request("POST", "/orders", WooOrder, {
    parent_id: current.id,
    customer_id: current.customer_id,
    status: "processing",
    payment_method: current.payment_method,
    set_paid: true,
    billing: current.billing,
    shipping: current.shipping,
    customer_note: input.reason.slice(0, 500),
    line_items: [...added.values()].map(({ swap, quantity }) => ({
      ...wooProduct(swap),
      quantity,
      subtotal: "0.00",
      total: "0.00",
    })),
    meta_data: [
      { key: WOO_EXCHANGE_META, value: input.idempotencyKey },
      { key: WOO_EXCHANGE_OF_META, value: current.number },
    ],
  });
  return { platformRef: String(created.body.id) };
}
