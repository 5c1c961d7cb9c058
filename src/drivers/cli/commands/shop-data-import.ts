import { basename } from "node:path";
import { SingleBar } from "cli-progress";
import {
  formatRowError,
  type ImportReport,
  type ImportRowError,
} from "../../../application/use-cases/shop-data/import-report.js";
import { importShop } from "../../../application/use-cases/shop-data/import-shop.js";
import { SHOP_SECTIONS } from "../../../application/use-cases/shop-data/shop-document.js";
import type { ImportFormat } from "../../../infrastructure/import/import-source.js";
import { locateErrors } from "../../../infrastructure/import/import-source.js";
import { readImportFile } from "../../../infrastructure/import/read-import-file.js";
import { type ShopDataIo, withShopStore } from "./shop-data-io.js";

/** How many row errors the CLI prints before "… and N more". */
const SHOWN_ERRORS = 20;

export interface ImportCommandOptions {
  file: string;
  format?: ImportFormat;
  dryRun: boolean;
}

function printErrors(io: ShopDataIo, file: string, errors: readonly ImportRowError[]): void {
  const rows = errors.length === 1 ? "1 problem" : `${errors.length} problems`;
  io.err(`kefu: ${basename(file)} has ${rows}; nothing was imported (IMPORT_INVALID)\n`);
  for (const error of errors.slice(0, SHOWN_ERRORS)) io.err(`  ${formatRowError(error)}\n`);
  if (errors.length > SHOWN_ERRORS) io.err(`  … and ${errors.length - SHOWN_ERRORS} more\n`);
}

/** `customers: 500 created, 0 updated, 0 unchanged` per non-empty section. */
export function summarize(report: ImportReport): string[] {
  return SHOP_SECTIONS.flatMap((section) => {
    const c = report.counts[section];
    if (c.created + c.updated + c.unchanged === 0) return [];
    return [`${section}: ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged`];
  });
}

/** `kefu import FILE`: read, validate every row, write all-or-nothing, print a summary. Returns the exit code. */
export async function runImportCommand(options: ImportCommandOptions, io: ShopDataIo): Promise<number> {
  const source = await readImportFile(options.file, options.format);
  if (source.errors.length > 0) {
    printErrors(io, options.file, source.errors);
    return 1;
  }
  const bar = io.progress
    ? new SingleBar({ stream: process.stderr, format: "{phase} [{bar}] {value}/{total}" })
    : undefined;
  const started = performance.now();
  const report = await withShopStore(io, (store) =>
    importShop(store, source.doc, {
      dryRun: options.dryRun,
      format: source.format,
      onProgress: ({ phase, done, total }) => {
        if (!bar) return;
        if (done === 0) bar.start(total, 0, { phase });
        else bar.update(done, { phase });
      },
    }),
  ).finally(() => bar?.stop());
  if (!report.ok) {
    printErrors(io, options.file, locateErrors(report.errors, source.lines));
    return 1;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const verb = options.dryRun ? "checked (dry run, nothing written)" : "imported";
  io.out(`${verb} ${basename(options.file)} as ${source.format} in ${seconds}s\n`);
  for (const line of summarize(report)) io.out(`  ${line}\n`);
  return 0;
}
