import { writeFile } from "node:fs/promises";
import type { Command } from "commander";
import { z } from "zod";
import { exportShop } from "../../../application/use-cases/shop-data/export-shop.js";
import { seedDemoShop } from "../../../application/use-cases/shop-data/seed-demo-shop.js";
import { parseValue } from "../../../domain/parse-json.js";
import { IMPORT_FORMATS } from "../../../infrastructure/import/import-source.js";
import { migrateStore } from "../../../infrastructure/storage/create-store.js";
import { silentLogger } from "../../../infrastructure/system/pino-logger.js";
import { systemClock } from "../../../infrastructure/system/system-clock.js";
import { loadConfig } from "../../config/load-config.js";
import { runImportCommand, summarize } from "./shop-data-import.js";
import { processIo, type ShopDataIo, withShopStore } from "./shop-data-io.js";

const ImportOptions = z.object({
  format: z.enum(IMPORT_FORMATS).optional(),
  dryRun: z.boolean().default(false),
});

const ExportOptions = z.object({ out: z.string().min(1).optional() });

/** Reuses a parent command another file may already have registered. */
function parent(program: Command, name: string, description: string): Command {
  return program.commands.find((c) => c.name() === name) ?? program.command(name).description(description);
}

/** `kefu migrate`, `kefu import FILE`, `kefu export`, `kefu seed demo`. */
export function registerShopDataCommands(program: Command, io: ShopDataIo = processIo()): void {
  program
    .command("migrate")
    .description("create or upgrade the database schema (SQLite file or DATABASE_URL)")
    .action(async () => {
      const config = loadConfig(io.env);
      const target = { databaseUrl: config.databaseUrl, sqlitePath: config.sqlitePath, logger: silentLogger };
      const { applied } = await migrateStore(target);
      const where = config.databaseUrl ? "PostgreSQL" : config.sqlitePath;
      io.out(applied.length ? `applied ${applied.join(", ")} to ${where}\n` : `${where} is up to date\n`);
    });
  program
    .command("import")
    .description("import shop data: Kefu JSON, τ²-bench retail db.json, products or orders CSV")
    .argument("<file>", "file to import (format detected from name and content)")
    .option("--format <format>", `one of ${IMPORT_FORMATS.join(", ")}`)
    .option("--dry-run", "validate and count changes without writing")
    .action(async (file: string, raw: unknown) => {
      const opts = parseValue(ImportOptions, raw, "import options");
      const code = await runImportCommand(
        { file, dryRun: opts.dryRun, ...(opts.format ? { format: opts.format } : {}) },
        io,
      );
      if (code !== 0) io.exitCode = code;
    });
  program
    .command("export")
    .description("export the shop as Kefu JSON (docs/import-format.md)")
    .option("--out <file>", "write to a file instead of stdout")
    .action(async (raw: unknown) => {
      const opts = parseValue(ExportOptions, raw, "export options");
      const doc = await withShopStore(io, (store) => exportShop(store, systemClock));
      const text = `${JSON.stringify(doc, null, 2)}\n`;
      if (!opts.out) return io.out(text);
      await writeFile(opts.out, text, "utf8");
      const n = (k: keyof typeof doc) => (Array.isArray(doc[k]) ? doc[k].length : 0);
      io.err(`wrote ${opts.out}: ${n("customers")} customers, ${n("products")} products, ${n("orders")} orders\n`);
    });
  parent(program, "seed", "load sample data")
    .command("demo")
    .description("load the bilingual demo shop (idempotent: fixed ids, upserts)")
    .action(async () => {
      const summary = await withShopStore(io, (store) => seedDemoShop(store, systemClock));
      io.out(`seeded the demo shop\n`);
      for (const line of summarize(summary.report)) io.out(`  ${line}\n`);
      io.out(`  after-sales requests waiting for review: ${summary.afterSalesRequests}\n`);
      io.out(`  past conversations for the dashboards: ${summary.pastConversations}\n`);
    });
}
