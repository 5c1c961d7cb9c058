import type { Store } from "../../../application/ports/store.js";
import { silentLogger } from "../../../infrastructure/system/pino-logger.js";
import { composeStore } from "../../composition/compose-adapters.js";
import { loadConfig } from "../../config/load-config.js";

/** Where shop-data commands print and which environment they read; swapped in tests. */
export interface ShopDataIo {
  /** Writes to standard output (data: exports, summaries). */
  out(text: string): void;
  /** Writes to standard error (errors, progress). */
  err(text: string): void;
  env: NodeJS.ProcessEnv;
  /** Draw a progress bar on stderr (only when it is a terminal). */
  progress: boolean;
  /** Set to 1 when a command fails on bad input. */
  exitCode: number;
}

export function processIo(): ShopDataIo {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    env: process.env,
    progress: process.stderr.isTTY === true,
    get exitCode() {
      return typeof process.exitCode === "number" ? process.exitCode : 0;
    },
    set exitCode(code: number) {
      process.exitCode = code;
    },
  };
}

/** Opens the configured store (migrating it), runs `work`, closes it. */
export async function withShopStore<T>(io: ShopDataIo, work: (store: Store) => Promise<T>): Promise<T> {
  const config = loadConfig(io.env);
  const store = await composeStore(config, silentLogger);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
