import { platformWriteOf } from "../../../domain/platform/platform-write.js";
import { getPlatformConnection, updatePlatformStatus } from "./platform-connection-store.js";
import type { PlatformWriteDeps } from "./platform-write-deps.js";
import { queuePlatformWrite } from "./queue-platform-write.js";
import { syncShopPlatform } from "./sync-shop-platform.js";

/** What a reconciliation run did. */
export interface ReconcileReport {
  /** Mirror orders rewritten because the platform held a newer version (a missed webhook). */
  ordersRepaired: number;
  /** Pending platform writes whose job was lost (never ran when due), queued again. */
  writesRequeued: number;
}

/** A pending write this long past due has lost its job (a crash between commit and enqueue, a purged queue). */
const LOST_AFTER_MS = 15 * 60_000;
/** Orders changed shortly before the last run are fetched again: clocks and webhooks are not exact. */
const OVERLAP_MS = 60 * 60_000;

/** Queues again every pending platform write whose attempt is long overdue. */
async function requeueLostWrites(deps: PlatformWriteDeps): Promise<number> {
  const cutoff = new Date(deps.clock.now().getTime() - LOST_AFTER_MS).toISOString();
  let requeued = 0;
  for (const status of ["approved", "requested"] as const) {
    for (let offset = 0; ; offset += 200) {
      const page = await deps.store.afterSales.list({ status, offset, limit: 200 });
      for (const request of page.items) {
        const write = platformWriteOf(request.details);
        if (write?.state !== "pending" || (write.nextAttemptAt ?? write.updatedAt) > cutoff) continue;
        await deps.store.transaction(async (tx) => {
          const queued = await queuePlatformWrite(tx, deps, request, write.op, {
            attempts: write.attempts,
            requeue: true,
          });
          await tx.afterSales.update(queued);
        });
        requeued += 1;
      }
      if (page.items.length < 200) break;
    }
  }
  return requeued;
}

/**
 * Repairs drift between the platform and Kefu's mirror: orders the platform changed since the last run
 * (webhooks can be lost) are mirrored again, and pending writes whose job was lost are queued again.
 */
export async function reconcilePlatform(deps: PlatformWriteDeps): Promise<ReconcileReport> {
  const writesRequeued = await requeueLostWrites(deps);
  const connection = await getPlatformConnection(deps);
  const platform = connection ? await deps.platform() : undefined;
  if (!connection || !platform) return { ordersRepaired: 0, writesRequeued };
  const startedAt = deps.clock.nowIso();
  const since = connection.lastReconcileAt
    ? new Date(new Date(connection.lastReconcileAt).getTime() - OVERLAP_MS).toISOString()
    : connection.sync?.startedAt;
  const progress = await syncShopPlatform(
    { store: deps.store, platform },
    { ordersOnly: true, ...(since ? { updatedSince: since } : {}) },
  );
  await updatePlatformStatus(deps, { lastReconcileAt: startedAt });
  deps.logger.info({ ordersRepaired: progress.orders, writesRequeued }, "platform reconciled");
  return { ordersRepaired: progress.orders, writesRequeued };
}
