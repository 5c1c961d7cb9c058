import { mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { withActivationLock } from "./activation-lock.js";

describe("withActivationLock", () => {
  const dirs: string[] = [];
  const lockIn = () => {
    const dir = mkdtempSync(join(tmpdir(), "kefu-lock-"));
    dirs.push(dir);
    return join(dir, ".activation.lock");
  };
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it("runs this process's tasks one at a time, in call order", async () => {
    const lock = lockIn();
    const log: string[] = [];
    const task = (name: string) => async () => {
      log.push(`${name} start`);
      await new Promise((r) => setTimeout(r, 20));
      log.push(`${name} end`);
      return name;
    };
    const results = await Promise.all(["a", "b", "c"].map((n) => withActivationLock(lock, task(n))));
    expect(results).toEqual(["a", "b", "c"]);
    expect(log).toEqual(["a start", "a end", "b start", "b end", "c start", "c end"]);
  });

  it("a failed task releases the lock for the next one", async () => {
    const lock = lockIn();
    await expect(withActivationLock(lock, async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await withActivationLock(lock, async () => "next")).toBe("next");
  });

  it("answers MODEL_BUSY when another process holds the lock past the wait", async () => {
    const lock = lockIn();
    writeFileSync(lock, "12345\n");
    await expect(withActivationLock(lock, async () => "ran", { waitMs: 100 })).rejects.toMatchObject({
      code: "MODEL_BUSY",
    });
  });

  it("takes over a lock left by a crashed process", async () => {
    const lock = lockIn();
    writeFileSync(lock, "12345\n");
    const old = new Date(Date.now() - 5 * 60_000);
    utimesSync(lock, old, old);
    expect(await withActivationLock(lock, async () => "ran", { waitMs: 100 })).toBe("ran");
  });
});
