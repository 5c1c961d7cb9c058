import type { PageRequest } from "../../application/ports/page.js";

/** Largest page any list returns, whatever the caller asks. */
export const MAX_PAGE_SIZE = 500;
const DEFAULT_PAGE_SIZE = 50;

/** Normalises a page request to a safe offset and limit. */
export function pageWindow(request: PageRequest): { offset: number; limit: number } {
  const offset = Math.max(0, Math.floor(request.offset ?? 0));
  const limit = Math.min(MAX_PAGE_SIZE, Math.max(0, Math.floor(request.limit ?? DEFAULT_PAGE_SIZE)));
  return { offset, limit };
}

/** COUNT(*) comes back as a number from SQLite and as a string (int8) from PostgreSQL. */
export function countValue(row: { n: string | number | bigint } | undefined): number {
  return row ? Number(row.n) : 0;
}
