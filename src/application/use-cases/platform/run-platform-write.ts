import { KefuError } from "../../../domain/errors/kefu-error.js";
import type { PlatformItemSwap, PlatformSwapResult } from "../../../domain/platform/platform-item-swap.js";
import {
  PLATFORM_WRITE_MAX_ATTEMPTS,
  type PlatformWrite,
  platformRetryDelayMs,
  platformWriteOf,
} from "../../../domain/platform/platform-write.js";
import { Address } from "../../../domain/shop/address.js";
import type { AfterSalesRequest } from "../../../domain/shop/after-sales-request.js";
import type { Order } from "../../../domain/shop/order.js";
import type { ShopPlatform } from "../../ports/shop-platform.js";
import { plannedChanges } from "../after-sales/item-swap-records.js";
import type { PlatformWriteDeps } from "./platform-write-deps.js";
import { recordPlatformRefusal, recordPlatformSuccess } from "./platform-write-outcome.js";
import { platformWriteKey, queuePlatformWrite } from "./queue-platform-write.js";

/** What one attempt did. */
export type PlatformWriteAttempt = "done" | "refused" | "retry" | "gave_up" | "skipped";

/** The request's planned swaps, with each new variant's product for the adapters. */
async function swapsOf(deps: PlatformWriteDeps, request: AfterSalesRequest): Promise<PlatformItemSwap[]> {
  const swaps: PlatformItemSwap[] = [];
  for (const change of plannedChanges(request)) {
    const variant = await deps.store.products.getVariant(change.toVariantId);
    if (!variant) throw new KefuError("PRODUCT_NOT_FOUND", `Variant ${change.toVariantId} disappeared`);
    swaps.push({
      itemIndex: change.itemIndex,
      toVariantId: variant.id,
      toProductId: variant.productId,
      newPriceCents: change.newPriceCents,
    });
  }
  return swaps;
}

/** Sends the request's change to the platform; returns what the platform created, if anything. */
async function perform(
  deps: PlatformWriteDeps,
  platform: ShopPlatform,
  order: Order,
  request: AfterSalesRequest,
  write: PlatformWrite,
): Promise<PlatformSwapResult> {
  const idempotencyKey = platformWriteKey(request.id, write.op);
  if (write.op === "cancel") {
    await platform.cancelOrder(order, { reason: request.reason || "Cancelled by the customer", idempotencyKey });
    return {};
  }
  if (write.op === "update_address") {
    await platform.updateAddress(order, { address: Address.parse(request.details.address), idempotencyKey });
    return {};
  }
  if (write.op === "modify_items") {
    const note = `Item change requested by the customer (${request.id})`;
    return platform.changeItems(order, { swaps: await swapsOf(deps, request), note, idempotencyKey });
  }
  if (write.op === "exchange") {
    const reason = `Exchange approved (${request.id})`;
    return platform.exchangeItems(order, { swaps: await swapsOf(deps, request), reason, idempotencyKey });
  }
  const { refundId } = await platform.refund(order, {
    itemIndexes: request.itemIndexes,
    amountCents: request.amountCents,
    reason: `Return approved (${request.id})`,
    idempotencyKey,
  });
  return { platformRef: refundId };
}

/**
 * One attempt of a `platform.write` job: the platform first, then the mirror. A refusal (the platform's 4xx or
 * userErrors) is final; an unavailable platform (network, 429, 5xx) is retried after
 * max(Retry-After, 30 s · 2^(n−1)) up to PLATFORM_WRITE_MAX_ATTEMPTS, then handed to a human.
 */
export async function runPlatformWrite(
  deps: PlatformWriteDeps,
  job: { requestId: string; attempt: number },
): Promise<PlatformWriteAttempt> {
  const request = await deps.store.afterSales.get(job.requestId);
  const write = request && platformWriteOf(request.details);
  // Done, refused, or a duplicate of an attempt already made: nothing to do.
  if (!request || !write || write.state !== "pending" || write.attempts >= job.attempt) return "skipped";
  const attempts = write.attempts + 1;
  const order = await deps.store.orders.get(request.orderId);
  let error: unknown;
  try {
    if (!order?.external) throw new KefuError("PLATFORM_REFUSED", `Order ${request.orderId} is not a platform order`);
    const platform = await deps.platform();
    if (platform?.kind !== order.external.platform) {
      throw new KefuError("PLATFORM_UNAVAILABLE", `No ${order.external.platform} connection is configured`);
    }
    await recordPlatformSuccess(deps, request.id, await perform(deps, platform, order, request, write));
    return "done";
  } catch (caught) {
    error = caught;
  }
  const known = KefuError.isInstance(error) ? error : undefined;
  const message = error instanceof Error ? error.message : String(error);
  const refused = known !== undefined && known.code !== "PLATFORM_UNAVAILABLE";
  deps.logger.warn({ requestId: request.id, op: write.op, attempts, error: message }, "platform write failed");
  if (refused || attempts >= PLATFORM_WRITE_MAX_ATTEMPTS) {
    await recordPlatformRefusal(deps, request.id, { error: message, unavailable: !refused, attempts });
    return refused ? "refused" : "gave_up";
  }
  const retryAfter = known?.details?.retryAfterMs;
  const delay = platformRetryDelayMs(attempts, typeof retryAfter === "number" ? retryAfter : undefined);
  const runAt = new Date(deps.clock.now().getTime() + delay).toISOString();
  await deps.store.transaction(async (tx) => {
    const current = await tx.afterSales.get(request.id);
    if (platformWriteOf(current?.details ?? {})?.state !== "pending" || !current) return;
    const next = await queuePlatformWrite(tx, deps, current, write.op, { runAt, attempts });
    const pending = platformWriteOf(next.details);
    await tx.afterSales.update({
      ...next,
      details: { ...next.details, platformWrite: { ...pending, lastError: message.slice(0, 500) } },
    });
  });
  return "retry";
}
