import { pino } from "pino";
import type { Logger } from "../../application/ports/logger.js";

/** pino already matches the Logger port; this only fixes the defaults. */
export function createLogger(options: { level?: string; pretty?: boolean } = {}): Logger {
  return pino({ level: options.level ?? process.env.KEFU_LOG_LEVEL ?? "info", base: { app: "kefu" } });
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
