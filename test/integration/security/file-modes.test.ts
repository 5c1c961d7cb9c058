import { chmodSync, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadOrCreateSecret } from "../../../src/drivers/http/load-or-create-secret.js";
import { JiebaSegmenter } from "../../../src/infrastructure/nlu/jieba-segmenter.js";
import { loadOrTrain } from "../../../src/infrastructure/nlu/load-default-nlu.js";
import { createStore } from "../../../src/infrastructure/storage/create-store.js";
import { silentLogger } from "../../../src/infrastructure/system/pino-logger.js";

const mode = (path: string) => statSync(path).mode & 0o777;

describe("data files are private to the server's user", () => {
  const dirs: string[] = [];
  const temp = () => {
    const d = mkdtempSync(join(tmpdir(), "kefu-modes-"));
    dirs.push(d);
    return d;
  };
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it("creates the SQLite file, its WAL and its folder 600/700, and tightens an existing 644 file", async () => {
    const dataDir = join(temp(), "data");
    const sqlitePath = join(dataDir, "kefu.sqlite");
    const store = await createStore({ sqlitePath, logger: silentLogger });
    await store.settings.set("probe", { written: true });
    try {
      expect(mode(dataDir)).toBe(0o700);
      expect(mode(sqlitePath)).toBe(0o600);
      for (const side of ["-wal", "-shm"])
        if (existsSync(sqlitePath + side)) expect(mode(sqlitePath + side)).toBe(0o600);
      expect(existsSync(`${sqlitePath}-wal`)).toBe(true);
    } finally {
      await store.close();
    }
    const old = join(temp(), "old.sqlite");
    writeFileSync(old, "");
    chmodSync(old, 0o644);
    const reopened = await createStore({ sqlitePath: old, logger: silentLogger });
    await reopened.close();
    expect(mode(old)).toBe(0o600);
  });

  it("writes the generated secret 600 in a 700 folder", async () => {
    const dataDir = join(temp(), "fresh");
    await loadOrCreateSecret(undefined, dataDir);
    expect(mode(dataDir)).toBe(0o700);
    expect(mode(join(dataDir, "secret"))).toBe(0o600);
  });

  it("writes trained model files 600 in 700 folders", async () => {
    const dataDir = temp();
    await loadOrTrain(dataDir, "sentiment", new JiebaSegmenter());
    const dir = join(dataDir, "models", "sentiment");
    expect(mode(dir)).toBe(0o700);
    expect(mode(join(dir, "model.json"))).toBe(0o600);
    expect(mode(join(dir, "meta.json"))).toBe(0o600);
  }, 60_000);
});
