import type { Order } from "../../../domain/shop/order.js";
import type { Clock } from "../../ports/clock.js";
import type { Store } from "../../ports/store.js";
import { isNewer, mirrorOrder } from "./sync-shop-platform.js";

/** What a webhook delivery did to the mirror. */
export type OrderUpdateOutcome = "applied" | "replayed" | "stale" | "unknown_customer" | "unknown_order";

/**
 * Applies one verified order webhook to the mirror. A delivery id seen before changes nothing (replay);
 * an update older than the mirror's is ignored (webhooks arrive out of order). `order` may be a loader
 * (Shopify: the delivery names the order, its current state is fetched), called only for a new delivery.
 */
export async function applyPlatformOrderUpdate(
  deps: { store: Store; clock: Clock },
  input:
    | { deliveryId: string; order: Order }
    | { deliveryId: string; platform: "shopify" | "woocommerce"; load: () => Promise<Order | undefined> },
): Promise<OrderUpdateOutcome> {
  const platform = "order" in input ? (input.order.external?.platform ?? "unknown") : input.platform;
  const claimed = await deps.store.idempotency.put({
    scope: `platform-webhook:${platform}`,
    key: input.deliveryId,
    requestHash: "",
    statusCode: 200,
    responseBody: "",
    createdAt: deps.clock.nowIso(),
    // Webhook senders retry for about two days; a week covers every redelivery.
    expiresAt: new Date(deps.clock.now().getTime() + 7 * 86_400_000).toISOString(),
  });
  if (!claimed) return "replayed";
  const order = "order" in input ? input.order : await input.load();
  if (!order) return "unknown_order";
  if (!(await deps.store.customers.get(order.customerId))) return "unknown_customer";
  if (!isNewer(await deps.store.orders.get(order.id), order)) return "stale";
  await mirrorOrder(deps.store, order);
  return "applied";
}
