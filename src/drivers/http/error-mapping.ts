import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import type { Logger } from "../../application/ports/logger.js";
import type { ErrorCode, ErrorKind } from "../../domain/errors/error-codes.js";
import { KefuError } from "../../domain/errors/kefu-error.js";
import { pathOnly } from "./security/log-hygiene.js";

/** The one place error kinds become HTTP statuses. */
export const STATUS_BY_KIND: Record<ErrorKind, number> = {
  invalid_data: 400,
  unauthorized: 401,
  not_allowed: 403,
  not_found: 404,
  conflict: 409,
  unavailable: 503,
  unexpected: 500,
};

/** Codes whose status is more specific than their kind's. */
const STATUS_BY_CODE: Partial<Record<ErrorCode, number>> = {
  RATE_LIMITED: 429,
  POLICY_REFUSED: 422,
  PAYLOAD_TOO_LARGE: 413,
  URI_TOO_LONG: 414,
  UNSUPPORTED_MEDIA_TYPE: 415,
  ATTACHMENT_TOO_LARGE: 413,
  ATTACHMENT_TYPE_NOT_ALLOWED: 415,
  HEADERS_TOO_LARGE: 431,
  UPGRADE_REQUIRED: 426,
};

/** Fastify's own request errors, by its code, as our codes and messages (its messages echo the input). */
const FRAMEWORK_ERRORS: Record<string, { code: ErrorCode; message: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { code: "PAYLOAD_TOO_LARGE", message: "The request body is too large" },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: "UNSUPPORTED_MEDIA_TYPE",
    message: "Unsupported Content-Type; send application/json",
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    code: "MALFORMED_REQUEST",
    message: "Content-Length does not match the body",
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: "VALIDATION_FAILED", message: "The JSON body is empty" },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: "VALIDATION_FAILED", message: "The body is not valid JSON" },
  FST_ERR_BAD_URL: { code: "MALFORMED_REQUEST", message: "The URL is not valid (bad percent-encoding?)" },
  FST_ERR_MAX_PARAM_LENGTH: { code: "URI_TOO_LONG", message: "A path parameter is too long" },
};

/** Our code for a Fastify or parser 4xx we have no specific entry for, by status. */
const CODE_BY_STATUS: Record<number, ErrorCode> = {
  404: "NOT_FOUND",
  413: "PAYLOAD_TOO_LARGE",
  414: "URI_TOO_LONG",
  415: "UNSUPPORTED_MEDIA_TYPE",
  431: "HEADERS_TOO_LARGE",
};

/** Status for a code: the specific one if any, else its kind's. */
export function statusOf(code: ErrorCode, kind: ErrorKind): number {
  return STATUS_BY_CODE[code] ?? STATUS_BY_KIND[kind];
}

/** The JSON error body every endpoint returns. */
export interface ErrorBody {
  error: { code: string; message: string; details?: Record<string, unknown> };
}

/** Maps any thrown value to a status and a safe body; unknown errors never leak their message. */
export function toHttpError(error: unknown): { status: number; body: ErrorBody } {
  if (KefuError.isInstance(error)) {
    const status = statusOf(error.code, error.kind);
    const body: ErrorBody = { error: { code: error.code, message: error.message } };
    if (error.details) body.error.details = error.details;
    return { status, body };
  }
  if (isFastifyError(error) && hasZodFastifySchemaValidationErrors(error)) {
    const issues = error.validation.map((v) => ({ path: v.instancePath, message: v.message }));
    const where = error.validationContext ?? "request";
    const first = issues[0];
    const message = `Invalid ${where}${first ? `: ${first.path || "(root)"} ${first.message}` : ""}`;
    return { status: 400, body: { error: { code: "VALIDATION_FAILED", message, details: { issues } } } };
  }
  const status = isFastifyError(error) ? (error.statusCode ?? 500) : 500;
  if (status === 429) {
    return { status, body: { error: { code: "RATE_LIMITED", message: "Too many attempts, try again later" } } };
  }
  if (status >= 400 && status < 500 && isFastifyError(error)) return frameworkError(error, status);
  return { status: 500, body: { error: { code: "INTERNAL", message: "Internal error; the server log has details" } } };
}

/** Fastify's own 4xx (bad JSON, wrong content type, body too large, bad URL) are the caller's input errors. */
function frameworkError(error: FastifyError, status: number): { status: number; body: ErrorBody } {
  const known = FRAMEWORK_ERRORS[error.code];
  if (known) return { status: statusOf(known.code, "invalid_data"), body: { error: known } };
  // JSON.parse's SyntaxError from the body parser (kept VALIDATION_FAILED, as clients already expect).
  if (error instanceof SyntaxError) {
    return { status, body: { error: { code: "VALIDATION_FAILED", message: "The body is not valid JSON" } } };
  }
  const code = CODE_BY_STATUS[status] ?? (status === 400 ? "MALFORMED_REQUEST" : "VALIDATION_FAILED");
  return { status, body: { error: { code, message: "The request was not accepted" } } };
}

function isFastifyError(error: unknown): error is FastifyError {
  return error instanceof Error && ("statusCode" in error || "validation" in error || "code" in error);
}

/** Fastify error handler: logs 5xx with the request id, answers with the mapped body. */
export function createErrorHandler(logger: Logger) {
  return (error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const { status, body } = toHttpError(error);
    if (status >= 500) {
      logger.error(
        { err: error, reqId: request.id, method: request.method, path: pathOnly(request.url) },
        "request failed",
      );
    }
    const retryAfter = body.error.details?.retryAfterSeconds;
    if (status === 429 && typeof retryAfter === "number") reply.header("retry-after", String(retryAfter));
    reply.code(status).type("application/json").send(body);
  };
}
