import {
  PLATFORM_WRITE_JOB,
  type PlatformWrite,
  type PlatformWriteOp,
} from "../../../domain/platform/platform-write.js";
import type { AfterSalesRequest } from "../../../domain/shop/after-sales-request.js";
import type { Clock } from "../../ports/clock.js";
import type { IdGenerator } from "../../ports/id-generator.js";
import type { Repositories } from "../../ports/store.js";

/** The idempotency key the platform sees for a request's write: one per request and operation. */
export const platformWriteKey = (requestId: string, op: PlatformWriteOp): string => `kefu-${requestId}-${op}`;

/**
 * Inside the request's transaction (outbox): marks the request's platform write pending and enqueues the
 * `platform.write` job in the jobs table, so the request and its job commit or roll back together.
 */
export async function queuePlatformWrite(
  tx: Pick<Repositories, "jobs">,
  deps: { clock: Clock; ids: IdGenerator },
  request: AfterSalesRequest,
  op: PlatformWriteOp,
  options: { runAt?: string; attempts?: number; requeue?: boolean } = {},
): Promise<AfterSalesRequest> {
  const runAt = options.runAt ?? deps.clock.nowIso();
  const attempts = options.attempts ?? 0;
  // A requeue of a lost job needs its own dedupe key: the lost one may still sit in the table.
  const tag = options.requeue ? `:requeued-${deps.clock.now().getTime()}` : "";
  const write: PlatformWrite = { op, state: "pending", attempts, nextAttemptAt: runAt, updatedAt: deps.clock.nowIso() };
  await tx.jobs.enqueue({
    id: deps.ids.next("job"),
    type: PLATFORM_WRITE_JOB,
    payload: { requestId: request.id, attempt: attempts + 1 },
    runAt,
    status: "queued",
    attempts: 0,
    dedupeKey: `platform-write:${request.id}:${attempts + 1}${tag}`,
    createdAt: deps.clock.nowIso(),
  });
  return { ...request, details: { ...request.details, platformWrite: write } };
}
