import { type LoggerOptions, pino } from "pino";
import type { Logger } from "../../application/ports/logger.js";
import { maskSecrets } from "../../domain/privacy/secret-masker.js";

/** Fields that carry secrets or personal data; censored wherever they appear (top level or one level down). */
const SENSITIVE_KEYS = ["token", "password", "authorization", "cookie", "email", "phone", "address", "query"];
export const REDACTED_PATHS = SENSITIVE_KEYS.flatMap((key) => [key, `*.${key}`]);

/** Top-level string fields of a log record with card numbers and ID numbers masked. */
function maskRecord(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) out[key] = typeof value === "string" ? maskSecrets(value) : value;
  return out;
}

/** pino already matches the Logger port; this fixes the defaults, censors secrets and PII, masks card numbers. */
export function createLogger(
  options: { level?: string; pretty?: boolean; destination?: { write(line: string): void } } = {},
): Logger {
  const settings: LoggerOptions = {
    level: options.level ?? process.env.KEFU_LOG_LEVEL ?? "info",
    base: { app: "kefu" },
    redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
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
  };
  return options.destination ? pino(settings, options.destination) : pino(settings);
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
