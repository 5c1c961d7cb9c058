import type { Page, PageRequest } from "../../ports/page.js";

/** Reads every page of a paged list (adapters cap pages at 500 rows). */
export async function collectPages<T>(
  list: (page: Required<PageRequest>) => Promise<Page<T>>,
  pageSize = 500,
): Promise<T[]> {
  const items: T[] = [];
  for (let offset = 0; ; offset += pageSize) {
    const page = await list({ offset, limit: pageSize });
    items.push(...page.items);
    if (page.items.length < pageSize || items.length >= page.total) return items;
  }
}
