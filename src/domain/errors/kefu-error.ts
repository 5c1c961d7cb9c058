import { ERROR_CODES, type ErrorCode, type ErrorKind } from "./error-codes.js";

const MARKER = Symbol.for("kefu.error");

/** The one error type Kefu throws on purpose; `code` is stable and documented. */
export class KefuError extends Error {
  readonly [MARKER] = true;
  /** Stable machine-readable code, e.g. ORDER_NOT_FOUND. */
  readonly code: ErrorCode;
  /** Coarse category derived from the code; the HTTP layer maps it to a status. */
  readonly kind: ErrorKind;
  /** Structured context safe to show to the caller (never secrets or PII). */
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, options?: { details?: Record<string, unknown>; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = "KefuError";
    this.code = code;
    this.kind = ERROR_CODES[code];
    this.details = options?.details;
  }

  /** Works across module copies, unlike instanceof. */
  static isInstance(value: unknown): value is KefuError {
    return typeof value === "object" && value !== null && MARKER in value;
  }
}
