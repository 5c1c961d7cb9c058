import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import type { Logger } from "../../application/ports/logger.js";
import type { ErrorCode, ErrorKind } from "../../domain/errors/error-codes.js";
import { KefuError } from "../../domain/errors/kefu-error.js";

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
const STATUS_BY_CODE: Partial<Record<ErrorCode, number>> = { RATE_LIMITED: 429, POLICY_REFUSED: 422 };

/** The JSON error body every endpoint returns. */
export interface ErrorBody {
  error: { code: string; message: string; details?: Record<string, unknown> };
}

/** Maps any thrown value to a status and a safe body; unknown errors never leak their message. */
export function toHttpError(error: unknown): { status: number; body: ErrorBody } {
  if (KefuError.isInstance(error)) {
    const status = STATUS_BY_CODE[error.code] ?? STATUS_BY_KIND[error.kind];
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
  if (status >= 400 && status < 500 && isFastifyError(error)) {
    // Fastify's own 4xx (bad JSON, wrong content type, body too large) are the caller's input errors.
    return { status, body: { error: { code: "VALIDATION_FAILED", message: error.message } } };
  }
  return { status: 500, body: { error: { code: "INTERNAL", message: "Internal error; the server log has details" } } };
}

function isFastifyError(error: unknown): error is FastifyError {
  return error instanceof Error && ("statusCode" in error || "validation" in error || "code" in error);
}

/** Fastify error handler: logs 5xx with the request id, answers with the mapped body. */
export function createErrorHandler(logger: Logger) {
  return (error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const { status, body } = toHttpError(error);
    if (status >= 500) logger.error({ err: error, reqId: request.id, url: request.url }, "request failed");
    const retryAfter = body.error.details?.retryAfterSeconds;
    if (status === 429 && typeof retryAfter === "number") reply.header("retry-after", String(retryAfter));
    reply.code(status).type("application/json").send(body);
  };
}
