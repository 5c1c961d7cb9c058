// Worker-thread entry: checkpoints a SQLite WAL on its own connection, so the fsyncs and page copies
// of a checkpoint never stall the event loop that commits turns. Plain JS: it needs no tsx loader.
import { parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";

const db = new Database(workerData.path, { fileMustExist: true });
// PASSIVE never waits for readers or writers, so the server's connection is never held up by it.
const checkpoint = () => {
  try {
    db.pragma("wal_checkpoint(PASSIVE)");
  } catch {
    // A busy or closing database: the next tick tries again.
  }
};
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort?.on("message", (message) => {
  if (message !== "close") return;
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort?.close();
});
