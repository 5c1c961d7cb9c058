import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Clock } from "../../../src/application/ports/clock.js";
import type { Store } from "../../../src/application/ports/store.js";
import { createStore } from "../../../src/infrastructure/storage/create-store.js";
import { silentLogger } from "../../../src/infrastructure/system/pino-logger.js";

/** A migrated SQLite store in a fresh temp folder; `dispose` closes it and removes the folder. */
export async function openTempStore(): Promise<{ store: Store; dir: string; path: string; dispose(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), "kefu-shop-data-"));
  const path = join(dir, "kefu.sqlite");
  const store = await createStore({ sqlitePath: path, logger: silentLogger });
  return {
    store,
    dir,
    path,
    async dispose() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A clock fixed at `iso`. */
export function fixedClock(iso: string): Clock {
  return { now: () => new Date(iso), nowIso: () => new Date(iso).toISOString() };
}
