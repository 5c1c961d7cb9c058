import type { Logger } from "../../../application/ports/logger.js";
import { withoutControlChars } from "./control-chars.js";

/** The path of a request URL without its query string (tokens, emails and phones travel in queries). */
export function pathOnly(url: string): string {
  const end = url.search(/[?#]/);
  const path = end === -1 ? url : url.slice(0, end);
  // Control characters and overlong paths would make log lines unreadable or huge.
  return withoutControlChars(path.slice(0, 300));
}

/**
 * Logs the first event of a kind, then at most one line per window with how many were suppressed,
 * so a client sending hostile frames in a loop costs a few log lines, not megabytes.
 */
export function createThrottledLog(
  log: (fields: Record<string, unknown>, message: string) => void,
  options: { windowMs: number; now?: () => number },
): (fields: Record<string, unknown>, message: string) => void {
  const now = options.now ?? Date.now;
  let windowStart = Number.NEGATIVE_INFINITY;
  let suppressed = 0;
  return (fields, message) => {
    const t = now();
    if (t - windowStart < options.windowMs) {
      suppressed += 1;
      return;
    }
    windowStart = t;
    log(suppressed > 0 ? { ...fields, suppressed } : fields, message);
    suppressed = 0;
  };
}

/** A warn logger for one socket's failures, throttled per window. */
export function throttledWarn(
  logger: Logger,
  windowMs = 60_000,
): (fields: Record<string, unknown>, message: string) => void {
  return createThrottledLog((fields, message) => logger.warn(fields, message), { windowMs });
}

/** Fastify's own request log (when turned on): method and path only, never the query or headers. */
export const httpLoggerOptions = {
  serializers: {
    req: (req: { method?: string; url?: string; id?: string }) => ({
      id: req.id,
      method: req.method,
      path: pathOnly(req.url ?? ""),
    }),
  },
};
