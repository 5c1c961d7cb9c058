import type { ImportRowError } from "../../application/use-cases/shop-data/import-report.js";

/** The formats `kefu import` reads. */
export const IMPORT_FORMATS = ["kefu", "tau2", "csv-products", "csv-orders"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** A file read into a shop document (still to be validated by importShop) plus the reader's own errors. */
export interface ImportSource {
  format: ImportFormat;
  /** A Kefu shop document, or raw JSON of that shape for the Kefu format. */
  doc: unknown;
  /** Problems the reader found (bad JSON, CSV cells, unknown τ² statuses); nothing is written if any. */
  errors: ImportRowError[];
  /** For CSV: record path (`orders[3]`, `orders[3].items[1]`) → file line, to point errors at rows. */
  lines?: ReadonlyMap<string, number>;
}

/** Rewrites `orders[3].items[1].variantId` to `line 7: orders[3].items[1].variantId` when the line is known. */
export function locateErrors(errors: readonly ImportRowError[], lines: ReadonlyMap<string, number> | undefined) {
  if (!lines) return [...errors];
  return errors.map((error) => {
    const prefix = /^\w+\[\d+\](\.\w+\[\d+\])?/.exec(error.path);
    const line = prefix && (lines.get(prefix[0]) ?? lines.get(prefix[0].replace(/\.\w+\[\d+\]$/, "")));
    return line ? { ...error, path: `line ${line}: ${error.path}` } : error;
  });
}
