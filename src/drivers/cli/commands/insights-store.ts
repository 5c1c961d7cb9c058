import type { Store } from "../../../application/ports/store.js";
import { silentLogger } from "../../../infrastructure/system/pino-logger.js";
import { composeStore } from "../../composition/compose-adapters.js";
import { loadConfig } from "../../config/load-config.js";

/** Opens the configured store (DATABASE_URL or KEFU_DB_PATH, or an explicit SQLite file), runs `work`, closes it. */
export async function withInsightsStore<T>(work: (store: Store) => Promise<T>, sqlitePath?: string): Promise<T> {
  const config = loadConfig();
  const target = sqlitePath ? { ...config, databaseUrl: undefined, sqlitePath } : config;
  const store = await composeStore(target, silentLogger);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
