/** Kinds group codes so the HTTP layer can map them to statuses in one place. */
export type ErrorKind =
  | "invalid_data"
  | "not_found"
  | "not_allowed"
  | "unauthorized"
  | "conflict"
  | "unavailable"
  | "unexpected";

/**
 * Every stable error code Kefu emits, with its kind. Codes travel to API clients and the UI,
 * so never rename one; add new ones instead. Documented in docs/errors.md.
 */
export const ERROR_CODES = {
  VALIDATION_FAILED: "invalid_data",
  IMPORT_INVALID: "invalid_data",
  /** The request itself is broken: bad percent-encoding, a malformed URL, unparsable JSON or HTTP (400). */
  MALFORMED_REQUEST: "invalid_data",
  /** The body is larger than the server accepts (413). */
  PAYLOAD_TOO_LARGE: "invalid_data",
  /** The URL is longer than the server accepts (414). */
  URI_TOO_LONG: "invalid_data",
  /** The body's Content-Type is not one the route reads (415). */
  UNSUPPORTED_MEDIA_TYPE: "invalid_data",
  /** An uploaded file is over the configured attachment size (413). */
  ATTACHMENT_TOO_LARGE: "invalid_data",
  /** An uploaded file's content is not an allowed type: JPEG, PNG, WebP, GIF or PDF (415). */
  ATTACHMENT_TYPE_NOT_ALLOWED: "invalid_data",
  /** The request headers are larger than the server accepts (431). */
  HEADERS_TOO_LARGE: "invalid_data",
  /** A WebSocket route was called without the upgrade handshake (426). */
  UPGRADE_REQUIRED: "invalid_data",
  IDEMPOTENCY_KEY_REUSED: "conflict",
  VERSION_CONFLICT: "conflict",
  ALREADY_EXISTS: "conflict",
  NOT_FOUND: "not_found",
  CUSTOMER_NOT_FOUND: "not_found",
  ORDER_NOT_FOUND: "not_found",
  PRODUCT_NOT_FOUND: "not_found",
  CONVERSATION_NOT_FOUND: "not_found",
  ATTACHMENT_NOT_FOUND: "not_found",
  UNAUTHENTICATED: "unauthorized",
  INVALID_CREDENTIALS: "unauthorized",
  FORBIDDEN: "not_allowed",
  POLICY_DENIED: "not_allowed",
  /** The policy engine refused an after-sales action; details carry code, bilingual reason and rules (HTTP 422). */
  POLICY_REFUSED: "not_allowed",
  /** An after-sales request was already approved or rejected the other way. */
  REQUEST_ALREADY_REVIEWED: "conflict",
  /** A reply to a conversation another agent holds, sent without `takeover: true` (HTTP 409). */
  CONVERSATION_ASSIGNED_TO_OTHER: "conflict",
  IDENTITY_NOT_VERIFIED: "not_allowed",
  /** A signed shopper identity from the shop's site is forged, expired, too long-lived or not enabled (HTTP 401). */
  IDENTITY_SIGNATURE_INVALID: "unauthorized",
  INSUFFICIENT_BALANCE: "not_allowed",
  MODEL_NOT_FOUND: "not_found",
  /** Another process is activating a model version right now (HTTP 409); retry shortly. */
  MODEL_BUSY: "conflict",
  /** A user-supplied model file exists but is not a usable model (e.g. not GGUF). */
  MODEL_INVALID: "invalid_data",
  LLM_UNAVAILABLE: "unavailable",
  STORAGE_UNAVAILABLE: "unavailable",
  /** Stored data cannot be opened: missing or wrong data key, or a tampered ciphertext. */
  DATA_KEY_INVALID: "unavailable",
  /** Too many attempts (e.g. logins); the HTTP layer answers 429. */
  RATE_LIMITED: "unavailable",
  /** The connected shop platform (Shopify, WooCommerce) refused a change; details carry its message. */
  PLATFORM_REFUSED: "not_allowed",
  /** The shop platform could not be reached or asked to slow down; retried with backoff. */
  PLATFORM_UNAVAILABLE: "unavailable",
  /** The connected shop platform's adapter cannot make this change (e.g. an item change); a human does it. */
  PLATFORM_UNSUPPORTED: "not_allowed",
  /** An email or WeChat server refused the channel credentials an admin tried to connect. */
  CHANNEL_REFUSED: "not_allowed",
  /** An inbound platform webhook's signature does not match the shop's secret. */
  WEBHOOK_SIGNATURE_INVALID: "unauthorized",
  /** A canned reply's title or body is blank. */
  CANNED_REPLY_EMPTY: "invalid_data",
  /** A canned reply's title or body is over its limit; details.maxChars says it. */
  CANNED_REPLY_TOO_LONG: "invalid_data",
  /** A canned reply uses a `{variable}` the console cannot fill; details list the unknown and known ones. */
  CANNED_REPLY_UNKNOWN_VARIABLE: "invalid_data",
  /** A canned reply's shortcut has spaces or other characters, or is over 32 characters. */
  CANNED_REPLY_SHORTCUT_INVALID: "invalid_data",
  /** A canned reply asks to resolve and hand back at once. */
  CANNED_REPLY_ACTIONS_CONFLICT: "invalid_data",
  /** Another canned reply of the same language already has this shortcut (HTTP 409). */
  CANNED_REPLY_SHORTCUT_TAKEN: "conflict",
  CANNED_REPLY_NOT_FOUND: "not_found",
  INTERNAL: "unexpected",
} as const satisfies Record<string, ErrorKind>;

export type ErrorCode = keyof typeof ERROR_CODES;
