import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { dataKey } from "./aes-gcm-field-cipher.js";
import { generateDataKey, loadDataKeyring, writeKeyFile } from "./data-keyring.js";

describe("data keyring", () => {
  const dir = mkdtempSync(join(tmpdir(), "kefu-keyring-"));
  afterEach(() => rmSync(join(dir, "data.key"), { force: true }));

  it("generates data.key (mode 600) on first use and reads the same key afterwards", async () => {
    const first = await loadDataKeyring({ defaultDir: dir });
    expect(first.file).toBe(join(dir, "data.key"));
    expect(statSync(join(dir, "data.key")).mode & 0o777).toBe(0o600);
    const again = await loadDataKeyring({ defaultDir: dir });
    expect(again.keys.map((k) => k.id)).toEqual(first.keys.map((k) => k.id));
  });

  it("prefers KEFU_DATA_KEY, taking several comma-separated keys with the current one first", async () => {
    const a = randomBytes(32);
    const b = randomBytes(32);
    const ring = await loadDataKeyring({ key: `${a.toString("base64")},${b.toString("base64")}`, defaultDir: dir });
    expect(ring.file).toBeUndefined();
    expect(ring.keys.map((k) => k.id)).toEqual([dataKey(a).id, dataKey(b).id]);
  });

  it("rejects a key that is not 32 bytes of base64", async () => {
    await expect(loadDataKeyring({ key: randomBytes(16).toString("base64"), defaultDir: dir })).rejects.toThrow(
      /32 bytes/,
    );
    writeFileSync(join(dir, "bad.key"), "not base64 !!\n");
    await expect(loadDataKeyring({ keyFile: join(dir, "bad.key"), defaultDir: dir })).rejects.toThrow(/base64/);
  });

  it("rewrites the key file atomically with mode 600", async () => {
    const file = join(dir, "rotating.key");
    const keys = [generateDataKey(), generateDataKey()];
    await writeKeyFile(file, keys);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, "utf8")).toContain(keys[1]?.secret.toString("base64"));
    expect((await loadDataKeyring({ keyFile: file, defaultDir: dir })).keys.map((k) => k.id)).toEqual(
      keys.map((k) => k.id),
    );
  });
});
