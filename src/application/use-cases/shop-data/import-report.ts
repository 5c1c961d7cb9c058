import type { ShopSection } from "./shop-document.js";

/** One bad record or cell: where it is and what is wrong, e.g. `orders[12].items[0].priceCents`. */
export interface ImportRowError {
  /** JSON path into the document, or `line 7` for CSV files. */
  path: string;
  /** The record's id when known, so the row can be found in a large file. */
  id?: string;
  message: string;
}

/** How many records of one section were new, changed or already identical. */
export interface SectionCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportReport {
  /** True when the document was valid (and, unless dryRun, written). */
  ok: boolean;
  /** True when records were written; false on errors and on dry runs. */
  written: boolean;
  counts: Record<ShopSection, SectionCounts>;
  /** Every problem found; empty when ok. Nothing is written when there is any. */
  errors: ImportRowError[];
}

/** Progress callback payload: which phase and how far it got. */
export interface ImportProgress {
  phase: "validate" | "write";
  done: number;
  total: number;
}

/** `orders[12].items[0].priceCents (id #W1): must be an integer` — one line per error. */
export function formatRowError(error: ImportRowError): string {
  return `${error.path}${error.id ? ` (id ${error.id})` : ""}: ${error.message}`;
}

export function emptyCounts(): Record<ShopSection, SectionCounts> {
  const zero = (): SectionCounts => ({ created: 0, updated: 0, unchanged: 0 });
  return { customers: zero(), products: zero(), orders: zero(), kbArticles: zero(), reviews: zero() };
}
