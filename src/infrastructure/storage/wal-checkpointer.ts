import { Worker } from "node:worker_threads";
import type Database from "better-sqlite3";

const WORKER_ENTRY = new URL("./wal-checkpoint-worker.mjs", import.meta.url);
/** How often the worker checkpoints; the WAL then holds about this long's worth of commits. */
const CHECKPOINT_INTERVAL_MS = 250;
/** SQLite's own default, restored when the worker is gone so the WAL never grows without bound. */
const DEFAULT_AUTOCHECKPOINT_PAGES = 1000;

/** Stops the checkpointer; the connection checkpoints on its own again afterwards. */
export type StopCheckpointer = () => Promise<void>;

/**
 * Moves WAL checkpoints of a file database off the event loop: the connection stops checkpointing
 * at commit (each one fsyncs; on a busy server they dominated commit time) and a worker thread
 * checkpoints on its own connection instead. If the worker fails, the connection takes over again.
 */
export function startWalCheckpointer(database: Database.Database, path: string): StopCheckpointer {
  database.pragma("wal_autocheckpoint = 0");
  const worker = new Worker(WORKER_ENTRY, { workerData: { path, intervalMs: CHECKPOINT_INTERVAL_MS } });
  // A checkpointer must never keep a finished process (a CLI command, a test) alive.
  worker.unref();
  let stopped = false;
  const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
  const takeOver = () => {
    if (database.open) database.pragma(`wal_autocheckpoint = ${DEFAULT_AUTOCHECKPOINT_PAGES}`);
  };
  worker.once("error", takeOver);
  worker.once("exit", () => {
    if (!stopped) takeOver();
  });
  return async () => {
    if (stopped) return;
    stopped = true;
    // Held until it has closed its connection, or a process ending now would never see the exit.
    worker.ref();
    worker.postMessage("close");
    await exited;
    takeOver();
  };
}
