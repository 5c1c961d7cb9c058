import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScryptPasswordHasher } from "../../../src/infrastructure/security/scrypt-password-hasher.js";
import { createStore } from "../../../src/infrastructure/storage/create-store.js";
import { silentLogger } from "../../../src/infrastructure/system/pino-logger.js";

const run = promisify(execFile);
const KEFU = fileURLToPath(new URL("../../../bin/kefu.mjs", import.meta.url));

let dir: string;
let env: NodeJS.ProcessEnv;

/** Runs the real `kefu` binary; resolves with its output and exit code instead of throwing on exit 1. */
async function kefu(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return run(process.execPath, [KEFU, ...args], { env, timeout: 60_000 }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "kefu-user-cli-"));
  env = { ...process.env, KEFU_DB_PATH: join(dir, "kefu.sqlite"), KEFU_DATA_DIR: dir };
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("kefu user add", () => {
  it("creates a staff user whose password verifies, refuses a duplicate and bad options with exit 1", async () => {
    const added = await kefu(
      "user",
      "add",
      "--email",
      "li@shop.cn",
      "--name",
      "李丽",
      "--role",
      "agent",
      "--password",
      "secret-pass-1",
    );
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toMatch(/^created agent li@shop\.cn \(usr_\w+\)\n$/);

    const store = await createStore({ sqlitePath: join(dir, "kefu.sqlite"), logger: silentLogger });
    try {
      const user = await store.staff.findByEmail("li@shop.cn");
      expect(user).toMatchObject({ name: "李丽", role: "agent", disabled: false });
      expect(await createScryptPasswordHasher().verify("secret-pass-1", user?.passwordHash ?? "")).toBe(true);
      expect((await store.audit.list({ action: "user.create" })).total).toBe(1);
    } finally {
      await store.close();
    }

    const duplicate = await kefu(
      "user",
      "add",
      "--email",
      "li@shop.cn",
      "--name",
      "Li",
      "--role",
      "admin",
      "--password",
      "another-pass",
    );
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).toMatch(/^kefu: A user with email li@shop\.cn already exists \(ALREADY_EXISTS\)\n$/);

    const bad = await kefu("user", "add", "--email", "nope", "--name", "X", "--role", "boss", "--password", "short");
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^kefu: .*email.*role.*at least 8 characters.*\(VALIDATION_FAILED\)\n$/);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  }, 120_000);
});
