import type { Store } from "../../../application/ports/store.js";
import { createStore } from "../../../infrastructure/storage/create-store.js";
import { silentLogger } from "../../../infrastructure/system/pino-logger.js";
import { loadConfig } from "../../config/load-config.js";

/** Opens the configured store (DATABASE_URL or KEFU_DB_PATH, or an explicit SQLite file), runs `work`, closes it. */
export async function withInsightsStore<T>(work: (store: Store) => Promise<T>, sqlitePath?: string): Promise<T> {
  const config = loadConfig();
  const store = await createStore({
    databaseUrl: sqlitePath ? undefined : config.databaseUrl,
    sqlitePath: sqlitePath ?? config.sqlitePath,
    logger: silentLogger,
  });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
