import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createStore } from "../../../src/infrastructure/storage/create-store.js";
import { silentLogger } from "../../../src/infrastructure/system/pino-logger.js";
import { conversation } from "./store-fixtures.js";

const ROOT = join(import.meta.dirname, "../../..");
const WORKER = join(import.meta.dirname, "append-worker.ts");
const PER_PROCESS = 150;

/** Runs the append worker in its own process and resolves with its exit code and stderr. */
function runWorker(args: string[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", WORKER, ...args], { cwd: ROOT, stdio: "pipe" });
  let stderr = "";
  child.stderr.on("data", (d) => {
    stderr += String(d);
  });
  return new Promise((resolve) => child.once("exit", (code) => resolve({ code, stderr })));
}

describe("one SQLite file written by two processes", () => {
  const dir = mkdtempSync(join(tmpdir(), "kefu-two-procs-"));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("keeps seqs gap-free when both append to one conversation at once", async () => {
    const sqlitePath = join(dir, "kefu.sqlite");
    const setup = await createStore({ sqlitePath, logger: silentLogger });
    await setup.conversations.create(conversation("v1"));
    await setup.close();

    const results = await Promise.all([
      runWorker([sqlitePath, "v1", String(PER_PROCESS), "a"]),
      runWorker([sqlitePath, "v1", String(PER_PROCESS), "b"]),
    ]);
    for (const r of results) expect(r, r.stderr).toMatchObject({ code: 0 });

    const store = await createStore({ sqlitePath, logger: silentLogger });
    const messages = await store.messages.listSince("v1", 0, 500);
    expect(messages.map((m) => m.seq)).toEqual(Array.from({ length: 2 * PER_PROCESS }, (_, i) => i + 1));
    expect(new Set(messages.map((m) => m.clientMessageId)).size).toBe(2 * PER_PROCESS);
    expect((await store.conversations.get("v1"))?.lastSeq).toBe(2 * PER_PROCESS);
    await store.close();
  }, 60_000);
});
