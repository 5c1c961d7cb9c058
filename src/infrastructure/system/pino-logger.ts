import { pino } from "pino";
import type { Logger } from "../../application/ports/logger.js";

/** Fields that carry secrets or personal data; censored wherever they appear (top level or one level down). */
const SENSITIVE_KEYS = ["token", "password", "authorization", "cookie", "email", "phone", "address", "query"];
export const REDACTED_PATHS = SENSITIVE_KEYS.flatMap((key) => [key, `*.${key}`]);

/** pino already matches the Logger port; this fixes the defaults and censors secrets and PII. */
export function createLogger(
  options: { level?: string; pretty?: boolean; destination?: { write(line: string): void } } = {},
): Logger {
  const settings = {
    level: options.level ?? process.env.KEFU_LOG_LEVEL ?? "info",
    base: { app: "kefu" },
    redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
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
