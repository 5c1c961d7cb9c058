import type { Order } from "../../../domain/shop/order.js";
import type { Clock } from "../../ports/clock.js";
import type { Store } from "../../ports/store.js";
import { isNewer, mirrorOrder } from "./sync-shop-platform.js";

/** What a webhook delivery did to the mirror. */
export type OrderUpdateOutcome = "applied" | "replayed" | "stale" | "unknown_customer";

/**
 * Applies one verified order webhook to the mirror. A delivery id seen before changes nothing (replay);
 * an update older than the mirror's is ignored (webhooks arrive out of order).
 */
export async function applyPlatformOrderUpdate(
  deps: { store: Store; clock: Clock },
  input: { deliveryId: string; order: Order },
): Promise<OrderUpdateOutcome> {
  const claimed = await deps.store.idempotency.put({
    scope: `platform-webhook:${input.order.external?.platform ?? "unknown"}`,
    key: input.deliveryId,
    requestHash: "",
    statusCode: 200,
    responseBody: "",
    createdAt: deps.clock.nowIso(),
    // Webhook senders retry for about two days; a week covers every redelivery.
    expiresAt: new Date(deps.clock.now().getTime() + 7 * 86_400_000).toISOString(),
  });
  if (!claimed) return "replayed";
  if (!(await deps.store.customers.get(input.order.customerId))) return "unknown_customer";
  if (!isNewer(await deps.store.orders.get(input.order.id), input.order)) return "stale";
  await mirrorOrder(deps.store, input.order);
  return "applied";
}
