import type { Store } from "../../../src/application/ports/store.js";
import { queuePlatformWrite } from "../../../src/application/use-cases/platform/queue-platform-write.js";
import { platformWriteOf } from "../../../src/domain/platform/platform-write.js";
import type { AfterSalesRequest } from "../../../src/domain/shop/after-sales-request.js";
import type { Order } from "../../../src/domain/shop/order.js";
import { randomIds } from "../../../src/infrastructure/system/random-ids.js";
import type { PlatformChat } from "./platform-chat.js";

/**
 * Replays a platform write as if Kefu crashed after the platform made the change but before the mirror
 * committed it: the request and order go back to their state before the job, and the job is queued again.
 */
export async function replayAfterLostSuccess(
  chat: PlatformChat,
  before: { request: AfterSalesRequest; order: Order },
): Promise<number> {
  const store: Store = chat.store;
  const write = platformWriteOf(before.request.details);
  if (!write) throw new Error("the request has no platform write");
  const current = await store.orders.get(before.order.id);
  await store.orders.update({ ...before.order, version: current?.version ?? 0 });
  await store.transaction(async (tx) => {
    const queued = await queuePlatformWrite(tx, { clock: chat.clock, ids: randomIds }, before.request, write.op, {
      requeue: true,
    });
    await tx.afterSales.update(queued);
  });
  return chat.queue.drainDue();
}
