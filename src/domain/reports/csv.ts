/** One CSV cell: numbers are written as they are, null/undefined as an empty cell. */
export type CsvCell = string | number | boolean | null | undefined;

/** A table ready for CSV: a header row and data rows of the same width. */
export interface CsvTable {
  header: readonly string[];
  rows: readonly (readonly CsvCell[])[];
}

// Spreadsheets run a cell that starts with one of these as a formula (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell's text: quoted when needed; text that a spreadsheet would run as a formula is prefixed with '. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * RFC 4180 CSV with CRLF line ends and a UTF-8 byte-order mark, so Excel opens Chinese text
 * correctly; every string cell is guarded against formula injection.
 */
export function toCsv(table: CsvTable): string {
  const lines = [table.header, ...table.rows].map((row) => row.map(csvCell).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
