import { open, stat, unlink } from "node:fs/promises";
import { KefuError } from "../../domain/errors/kefu-error.js";

/** A lock older than this was left by a crashed process and is taken over. */
const STALE_MS = 60_000;
const WAIT_MS = 10_000;
const POLL_MS = 50;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const errno = (err: unknown): unknown => (err instanceof Error && "code" in err ? err.code : undefined);

/** In-process queues per lock file, so this process's activations wait in line instead of racing. */
const queues = new Map<string, Promise<unknown>>();

/**
 * Runs `task` holding `lockFile`: activations in this process wait their turn; another process
 * holding the lock is waited for up to 10 s, then the caller gets MODEL_BUSY (409).
 */
export function withActivationLock<T>(
  lockFile: string,
  task: () => Promise<T>,
  options: { waitMs?: number } = {},
): Promise<T> {
  const previous = queues.get(lockFile) ?? Promise.resolve();
  const run = previous.then(() => holdFileLock(lockFile, task, options.waitMs ?? WAIT_MS));
  const tail = run.catch(() => undefined);
  queues.set(lockFile, tail);
  void tail.then(() => {
    if (queues.get(lockFile) === tail) queues.delete(lockFile);
  });
  return run;
}

async function holdFileLock<T>(lockFile: string, task: () => Promise<T>, waitMs: number): Promise<T> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      const handle = await open(lockFile, "wx", 0o600);
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      break;
    } catch (err) {
      if (errno(err) !== "EEXIST") throw err;
      const age = await stat(lockFile).then(
        (s) => Date.now() - s.mtimeMs,
        () => 0,
      );
      if (age > STALE_MS) await unlink(lockFile).catch(() => undefined);
      else if (Date.now() > deadline)
        throw new KefuError("MODEL_BUSY", "Another model activation is running; retry shortly");
      else await sleep(POLL_MS);
    }
  }
  try {
    return await task();
  } finally {
    await unlink(lockFile).catch(() => undefined);
  }
}
