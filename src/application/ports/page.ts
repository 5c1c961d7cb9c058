/** Cursor-free paging: simple and enough for console tables. */
export interface PageRequest {
  /** Rows to skip. */
  offset?: number;
  /** Rows to return, capped by the adapter at 500. */
  limit?: number;
}

export interface Page<T> {
  items: T[];
  total: number;
}
