import { parse } from "csv-parse/sync";
import type { ImportRowError } from "../../application/use-cases/shop-data/import-report.js";

/** One CSV data row with its (1-based) line number in the file. */
export interface CsvRow {
  line: number;
  cells: Record<string, string>;
}

/** Parses CSV text with a header row; a malformed file yields one error naming the line. */
export function readCsvRows(text: string): { header: string[]; rows: CsvRow[]; errors: ImportRowError[] } {
  try {
    const records: { record: Record<string, string>; info: { lines: number } }[] = parse(text, {
      columns: (names: string[]) => names.map((n) => n.trim()),
      info: true,
      bom: true,
      skip_empty_lines: true,
      trim: true,
    });
    const header = Object.keys(records[0]?.record ?? {});
    return { header, rows: records.map((r) => ({ line: r.info.lines, cells: r.record })), errors: [] };
  } catch (error) {
    const line = typeof error === "object" && error !== null && "lines" in error ? error.lines : undefined;
    const message = error instanceof Error ? error.message : String(error);
    return { header: [], rows: [], errors: [{ path: typeof line === "number" ? `line ${line}` : "(file)", message }] };
  }
}

/** The header line alone, for format detection without parsing the whole file. */
export function csvHeader(text: string): string[] {
  const first = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  return first.split(",").map((c) => c.trim().replace(/^"|"$/g, "").toLowerCase());
}

/** Cells of columns named `prefix:name`, e.g. option:color, without empty ones. */
export function prefixedCells(cells: Record<string, string>, prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [column, value] of Object.entries(cells)) {
    if (column.toLowerCase().startsWith(`${prefix}:`) && value !== "") out[column.slice(prefix.length + 1)] = value;
  }
  return out;
}

/** Collects row errors as `line N (column): message`. */
export class RowErrors {
  readonly list: ImportRowError[] = [];
  add(line: number, column: string | undefined, message: string, id?: string): void {
    this.list.push({ path: column ? `line ${line} (${column})` : `line ${line}`, ...(id ? { id } : {}), message });
  }
}

/** `12.99` → 1299; rejects negatives, more than two decimals and text. */
export function parsePrice(value: string): number | undefined {
  if (!/^\d+(\.\d{1,2})?$/.test(value)) return undefined;
  const [whole = "0", fraction = ""] = value.split(".");
  return Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
}

/** true/false, yes/no, 1/0, 是/否; empty means `fallback`. */
export function parseBoolean(value: string, fallback: boolean): boolean | undefined {
  const v = value.trim().toLowerCase();
  if (v === "") return fallback;
  if (["true", "yes", "y", "1", "是"].includes(v)) return true;
  if (["false", "no", "n", "0", "否"].includes(v)) return false;
  return undefined;
}

/** ISO date-time or a bare date (taken as midnight UTC); undefined when empty or unreadable. */
export function parseDateTime(value: string): string | undefined {
  if (value === "") return undefined;
  const text = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value;
  const ms = Date.parse(text);
  return Number.isNaN(ms) || !/^\d{4}-\d{2}-\d{2}/.test(text) ? undefined : new Date(ms).toISOString();
}
