import { pino } from "pino";
import type { Logger } from "../../application/ports/logger.js";
import { maskSecrets } from "../../domain/privacy/secret-masker.js";

/** Top-level string fields of a log record with card numbers and ID numbers masked. */
function maskRecord(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) out[key] = typeof value === "string" ? maskSecrets(value) : value;
  return out;
}

/** pino already matches the Logger port; this fixes the defaults and keeps card numbers out of logs. */
export function createLogger(options: { level?: string; pretty?: boolean } = {}): Logger {
  return pino({
    level: options.level ?? process.env.KEFU_LOG_LEVEL ?? "info",
    base: { app: "kefu" },
    formatters: { log: maskRecord },
    hooks: {
      logMethod(args, method) {
        // The message is the first string argument (after an optional object); mask it in place.
        for (let i = 0; i < args.length; i++) {
          const arg = args[i];
          if (typeof arg === "string") args[i] = maskSecrets(arg);
        }
        method.apply(this, args);
      },
    },
  });
}
/** Swallows everything; for tests and CLI commands that print their own output. */
export const silentLogger: Logger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
  child() {
    return silentLogger;
  },
};
