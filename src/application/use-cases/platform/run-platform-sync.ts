import type { PlatformSyncStatus } from "../../../domain/platform/platform-connection.js";
import type { Clock } from "../../ports/clock.js";
import type { ShopPlatform } from "../../ports/shop-platform.js";
import type { Store } from "../../ports/store.js";
import { updatePlatformStatus } from "./platform-connection-store.js";
import { type SyncProgress, syncShopPlatform } from "./sync-shop-platform.js";

/**
 * A full sync of the connected platform that records its progress on the connection after every page,
 * so the admin page (GET /platform) can show a progress bar; a failure is recorded, then rethrown.
 */
export async function runPlatformSync(
  deps: { store: Store; clock: Clock; platform: ShopPlatform },
  options: {
    updatedSince?: string;
    onProgress?: (p: SyncProgress) => void;
    /** Called once "running" is stored, so a caller can answer with it while the sync goes on. */
    onStarted?: () => void;
  } = {},
): Promise<PlatformSyncStatus> {
  const startedAt = deps.clock.nowIso();
  let status: PlatformSyncStatus = { state: "running", customers: 0, products: 0, orders: 0, skipped: 0, startedAt };
  await updatePlatformStatus(deps, { sync: status });
  options.onStarted?.();
  // Progress writes run one after another, all before the final one, so "done" is never overwritten.
  let writes = Promise.resolve();
  const record = (next: PlatformSyncStatus) => {
    writes = writes.then(() => updatePlatformStatus(deps, { sync: next })).catch(() => undefined);
  };
  try {
    const done = await syncShopPlatform(deps, {
      ...(options.updatedSince ? { updatedSince: options.updatedSince } : {}),
      onProgress: (p) => {
        status = { ...status, ...p };
        options.onProgress?.(p);
        record(status);
      },
    });
    status = { ...status, ...done, state: "done", finishedAt: deps.clock.nowIso() };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    status = { ...status, state: "failed", finishedAt: deps.clock.nowIso(), error: message.slice(0, 500) };
    await writes;
    await updatePlatformStatus(deps, { sync: status });
    throw error;
  }
  await writes;
  await updatePlatformStatus(deps, { sync: status });
  return status;
}
