import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { registerPlatformConnectCommands } from "../../../src/drivers/cli/commands/platform-connect-commands.js";
import { registerPlatformSyncCommand } from "../../../src/drivers/cli/commands/platform-sync-command.js";
import { createStore } from "../../../src/infrastructure/storage/create-store.js";
import { silentLogger } from "../../../src/infrastructure/system/pino-logger.js";
import { type FakeWoo, startFakeWoo } from "./fakes/fake-woocommerce.js";

describe("kefu connect / sync / reconcile / disconnect", () => {
  let woo: FakeWoo;
  let dir: string;
  let out: string[];
  let err: string[];
  const io = () => ({
    out: (t: string) => void out.push(t),
    err: (t: string) => void err.push(t),
    env: { KEFU_DB_PATH: join(dir, "kefu.sqlite"), KEFU_WOO_WEBHOOK_SECRET: "hook-secret-xyz" },
    progress: false,
    exitCode: 0,
  });
  const kefu = async (args: string[], ioValue = io()) => {
    out = [];
    err = [];
    const program = new Command().exitOverride();
    registerPlatformSyncCommand(program, ioValue);
    registerPlatformConnectCommands(program, ioValue);
    await program.parseAsync(["node", "kefu", ...args]);
    return { out: out.join(""), err: err.join(""), exitCode: ioValue.exitCode };
  };

  beforeEach(async () => {
    woo = await startFakeWoo({ orders: 6 });
    dir = mkdtempSync(join(tmpdir(), "kefu-connect-"));
  });
  afterEach(async () => {
    await woo.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("connects WooCommerce (credentials sealed), syncs, syncs again, reconciles and disconnects", async () => {
    const connectArgs = ["connect", "woocommerce", "--url", woo.url, "--key", woo.key];
    await expect(kefu([...connectArgs, "--secret", "cs_wrong"])).rejects.toMatchObject({ code: "PLATFORM_REFUSED" });
    const connected = await kefu([...connectArgs, "--secret", woo.secret]);
    expect(connected.out).toBe(
      `connected woocommerce ${woo.url}\nsynced 3 customers, 2 products, 6 orders (0 unchanged or guest)\n`,
    );
    const store = await createStore({ sqlitePath: join(dir, "kefu.sqlite"), logger: silentLogger });
    const stored = JSON.stringify(await store.settings.get("platform.connection"));
    await store.close();
    expect(stored).not.toContain(woo.secret);
    expect(stored).not.toContain("hook-secret-xyz");

    // On a terminal the sync draws a bar that moves through the three phases, redrawn in place.
    const drawn = await kefu(["sync"], { ...io(), progress: true });
    expect(drawn.out).toBe("synced 3 customers, 2 products, 0 orders (6 unchanged or guest)\n");
    const frames = drawn.err.split("\r").filter((f) => f.length > 0);
    expect(frames[0]).toMatch(/^█{8}░{16} 1\/3 customers \| 3 customers · 0 products · 0 orders$/);
    expect(frames.at(-1)).toBe(`${"█".repeat(24)} 3/3 orders | 3 customers · 2 products · 0 orders\n`);
    expect((await kefu(["reconcile"])).out).toBe("repaired 0 orders, requeued 0 platform writes\n");
    expect((await kefu(["disconnect"])).out).toBe(`disconnected woocommerce ${woo.url}\n`);
    const after = await kefu(["sync"]);
    expect(after.exitCode).toBe(1);
    expect(after.err).toMatch(/no shop platform is connected/);
    await expect(
      kefu(["connect", "shopify", "--domain", "not a domain", "--token", "t", "--webhook-secret", "s"]),
    ).rejects.toThrow(/myshopify\.com/);
  });
});
