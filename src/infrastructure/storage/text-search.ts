import { type Expression, type SqlBool, sql } from "kysely";

/** Lower-cased words joined for a `search_text` column. */
export function searchText(parts: (string | undefined)[]): string {
  return parts
    .filter((p): p is string => Boolean(p))
    .map((p) => p.toLowerCase())
    .join("\n");
}

/** `column LIKE %query%` with LIKE's wildcards escaped; the column must hold lower-cased text. */
export function containsText(column: string, query: string): Expression<SqlBool> {
  const escaped = query.toLowerCase().replace(/[!%_]/g, (c) => `!${c}`);
  return sql<SqlBool>`${sql.ref(column)} like ${`%${escaped}%`} escape '!'`;
}
