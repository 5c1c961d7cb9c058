import type { Socket } from "node:net";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import { toHttpError } from "../error-mapping.js";

/** Longest request URL (path + query) accepted; longer ones get 414 URI_TOO_LONG. */
export const MAX_URL_LENGTH = 8 * 1024;
/** Longest path parameter the router matches (ids are capped at 200 by their schema, with a 400). */
export const MAX_PARAM_LENGTH = 500;

/** An HTTP response written straight to the socket, for errors Node raises before Fastify sees a request. */
function rawResponse(status: number, reason: string, body: unknown): string {
  const text = JSON.stringify(body);
  return (
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\n` +
    `Content-Length: ${Buffer.byteLength(text)}\r\nConnection: close\r\n\r\n${text}`
  );
}

/**
 * Fastify `clientErrorHandler`: the HTTP parser's own failures (headers too large, malformed
 * request line, timeout) answered in the documented error shape instead of Node's.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === "ECONNRESET" || socket.destroyed) return;
  let response: string;
  if (error.code === "HPE_HEADER_OVERFLOW") {
    const body = { error: { code: "HEADERS_TOO_LARGE", message: "The request headers are too large" } };
    response = rawResponse(431, "Request Header Fields Too Large", body);
  } else if (error.code === "ERR_HTTP_REQUEST_TIMEOUT") {
    const body = { error: { code: "MALFORMED_REQUEST", message: "The request took too long to arrive" } };
    response = rawResponse(408, "Request Timeout", body);
  } else {
    const body = { error: { code: "MALFORMED_REQUEST", message: "The request is not valid HTTP" } };
    response = rawResponse(400, "Bad Request", body);
  }
  if (socket.writable) socket.write(response);
  socket.destroy(error);
}

/** Fastify `frameworkErrors`: bad percent-encoding and overlong params, before routing, as our error body. */
export function frameworkErrorHandler(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const { status, body } = toHttpError(error);
  reply.code(status).type("application/json").send(body);
}

/** Rejects overlong URLs first thing, before any parsing or lookups. */
export function rejectLongUrls(app: FastifyInstance, max = MAX_URL_LENGTH): void {
  app.addHook("onRequest", async (request) => {
    if (request.url.length > max) throw new KefuError("URI_TOO_LONG", `The URL is longer than ${max} characters`);
  });
}
