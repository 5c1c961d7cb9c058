import type { SyncProgress } from "../../../application/use-cases/platform/sync-shop-platform.js";
import type { ShopDataIo } from "./shop-data-io.js";

const PHASES: readonly SyncProgress["phase"][] = ["customers", "products", "orders"];
const WIDTH = 24;

/** One line of the sync's progress bar: the phases done (platforms do not say how many records are coming) and the counts. */
export function syncProgressLine(p: SyncProgress): string {
  const step = PHASES.indexOf(p.phase) + 1;
  const filled = Math.round((step / PHASES.length) * WIDTH);
  const bar = `${"█".repeat(filled)}${"░".repeat(WIDTH - filled)}`;
  return `${bar} ${step}/${PHASES.length} ${p.phase} | ${p.customers} customers · ${p.products} products · ${p.orders} orders`;
}

/** Draws the sync's progress on a terminal (redrawn in place after every page); silent elsewhere. */
export function syncProgressDisplay(io: ShopDataIo): { onProgress(p: SyncProgress): void; end(): void } {
  let drawn = false;
  return {
    onProgress(p) {
      if (!io.progress) return;
      io.err(`\r${syncProgressLine(p)}`);
      drawn = true;
    },
    end() {
      if (drawn) io.err("\n");
    },
  };
}
