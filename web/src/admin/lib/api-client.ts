/** The shell's API client (web/src/shared), plus a query-string helper for the admin pages. */
export { ApiError, apiRequest } from "../../shared/api-client.js";

/** `?a=1&b=2` from the defined entries, or "" when none. */
export function queryString(params: Record<string, string | number | boolean | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}
