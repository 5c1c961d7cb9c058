import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { Command } from "commander";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerShopDataCommands } from "../../../src/drivers/cli/commands/shop-data-commands.js";
import type { ShopDataIo } from "../../../src/drivers/cli/commands/shop-data-io.js";
import { ORDERS_CSV, PRODUCTS_CSV } from "./csv-fixtures.js";

const run = promisify(execFile);
const REPO = fileURLToPath(new URL("../../../", import.meta.url));
const TSX = join(REPO, "node_modules/.bin/tsx");
const SHOP_CLI = fileURLToPath(new URL("./shop-cli.ts", import.meta.url));

let dir: string;
let env: NodeJS.ProcessEnv;

function testIo(): ShopDataIo & { stdout: string; stderr: string } {
  return {
    stdout: "",
    stderr: "",
    out(text) {
      this.stdout += text;
    },
    err(text) {
      this.stderr += text;
    },
    env,
    progress: false,
    exitCode: 0,
  };
}

/** Runs `kefu <args>` in-process through commander; returns the captured output and exit code. */
async function kefu(...args: string[]) {
  const io = testIo();
  const program = new Command().exitOverride();
  registerShopDataCommands(program, io);
  await program.parseAsync(args, { from: "user" });
  return io;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "kefu-shop-cli-"));
  env = { KEFU_DB_PATH: join(dir, "db", "kefu.sqlite"), KEFU_DATA_DIR: dir };
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("kefu migrate / seed / import / export", () => {
  it("migrates a new database, then reports it up to date", async () => {
    const first = await kefu("migrate");
    expect(first.stdout).toMatch(/^applied .+ to .+kefu\.sqlite\n$/);
    expect((await kefu("migrate")).stdout).toMatch(/is up to date/);
  });

  it("seeds the demo shop, idempotently", async () => {
    const first = await kefu("seed", "demo");
    expect(first.exitCode).toBe(0);
    expect(first.stdout).toMatch(/orders: \d+ created, 0 updated, 0 unchanged/);
    const second = await kefu("seed", "demo");
    // The system clock moved, so dated records may update; nothing new is created.
    expect(second.stdout).toMatch(/customers: 0 created/);
    expect(second.stdout).toMatch(/products: 0 created, 0 updated, 20 unchanged/);
  });

  it("imports CSV files with a summary, and --dry-run writes nothing", async () => {
    const products = join(dir, "products.csv");
    const orders = join(dir, "orders.csv");
    writeFileSync(products, PRODUCTS_CSV);
    writeFileSync(orders, ORDERS_CSV);
    const dry = await kefu("import", products, "--dry-run");
    expect(dry.stdout).toMatch(/^checked \(dry run, nothing written\) products\.csv as csv-products/);
    expect(dry.stdout).toMatch(/products: 2 created/);
    const real = await kefu("import", products);
    expect(real.stdout).toMatch(/products: 2 created, 0 updated, 0 unchanged/);
    const ordered = await kefu("import", orders, "--format", "csv-orders");
    expect(ordered.exitCode).toBe(0);
    expect(ordered.stdout).toMatch(/orders: 2 created/);
  });

  it("exits 1 with a sentence and the bad rows, writing nothing", async () => {
    const bad = join(dir, "bad-orders.csv");
    writeFileSync(bad, ORDERS_CSV.replaceAll("#W0090001", "#W0090009").replace("39.90", "39.9.0"));
    const io = await kefu("import", bad);
    expect(io.exitCode).toBe(1);
    expect(io.stderr).toBe(
      'kefu: bad-orders.csv has 1 problem; nothing was imported (IMPORT_INVALID)\n  line 2 (price) (id #W0090009): "39.9.0" is not an amount like 12.99\n',
    );
    const exported = await kefu("export");
    expect(exported.stdout).not.toContain("#W0090009");
  });

  it("exports to stdout or a file, and the file re-imports as unchanged", async () => {
    const io = await kefu("export");
    const doc = JSON.parse(io.stdout);
    expect(doc).toMatchObject({ format: "kefu-shop", version: 1 });
    expect(doc.orders.length).toBeGreaterThanOrEqual(42);
    const file = join(dir, "shop.json");
    const toFile = await kefu("export", "--out", file);
    expect(toFile.stderr).toMatch(/^wrote .+shop\.json: 12 customers, 22 products, \d+ orders\n$/);
    const again = await kefu("import", file);
    expect(again.stdout).toMatch(/as kefu/);
    expect(again.stdout).toMatch(/orders: 0 created, 0 updated, \d+ unchanged/);
    expect(JSON.parse(readFileSync(file, "utf8")).customers).toHaveLength(12);
  });

  it("runs as a real process: exit code 1 and one sentence on an unknown format", async () => {
    const odd = join(dir, "notes.txt");
    writeFileSync(odd, "hello");
    const failed = await run(TSX, [SHOP_CLI, "import", odd], { env: { ...process.env, ...env }, cwd: REPO }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toBe(
      "kefu: cannot tell the format of notes.txt; pass --format kefu|tau2|csv-products|csv-orders (IMPORT_INVALID)\n",
    );
    const ok = await run(TSX, [SHOP_CLI, "export"], { env: { ...process.env, ...env }, cwd: REPO });
    expect(JSON.parse(ok.stdout).customers).toHaveLength(12);
  });
});
