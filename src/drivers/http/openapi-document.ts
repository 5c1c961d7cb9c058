import { z } from "zod";
import { ErrorResponse } from "./responses.js";
import { WS_PATH } from "./ws/websocket-route.js";
import { ClientFrame } from "./ws/ws-frames.js";

const MUTATING = new Set(["post", "put", "patch", "delete"]);

/** The Idempotency-Key header every mutating route honours (see idempotency.ts). */
const IDEMPOTENCY_HEADER = {
  in: "header",
  name: "Idempotency-Key",
  required: false,
  description:
    "Any 1-200 character key. The first 2xx answer is stored and replayed for the same key and body " +
    "(header Idempotent-Replayed: true); the same key with another body is 409 IDEMPOTENCY_KEY_REUSED.",
  schema: { type: "string", minLength: 1, maxLength: 200 },
};

const ERROR_SCHEMA = z.toJSONSchema(ErrorResponse, { target: "openapi-3.0" });

function errorResponse(description: string) {
  return { description, content: { "application/json": { schema: ERROR_SCHEMA } } };
}

/** @fastify/websocket hides socket routes from the document; this describes the chat socket instead. */
const WEBSOCKET_OPERATION = {
  tags: ["realtime"],
  summary: "Realtime chat socket (WebSocket upgrade)",
  description:
    "Upgrade with ?token=<widget or staff token>. Client frames are JSON (x-client-frames); the server answers " +
    "a message frame with an ack once the message is stored, and a resume frame with every message after afterSeq. " +
    "Frames are listed in docs/api.md.",
  parameters: [{ in: "query", name: "token", required: true, schema: { type: "string" } }],
  responses: { "101": { description: "Switching protocols: the socket is open" } },
  "x-client-frames": z.toJSONSchema(ClientFrame, { target: "openapi-3.0", io: "input" }),
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Adds what route schemas cannot say to the generated document, in place: the shared error body
 * on every operation and the Idempotency-Key header on every mutating one.
 */
export function addCommonOperationParts<D extends { paths?: unknown }>(doc: D): D {
  if (!isRecord(doc.paths)) return doc;
  doc.paths[WS_PATH] ??= { get: { ...WEBSOCKET_OPERATION } };
  for (const item of Object.values(doc.paths)) {
    if (!isRecord(item)) continue;
    for (const [method, operation] of Object.entries(item)) {
      if (!isRecord(operation)) continue;
      const parameters = Array.isArray(operation.parameters) ? operation.parameters : [];
      if (MUTATING.has(method)) operation.parameters = [...parameters, IDEMPOTENCY_HEADER];
      operation.responses = {
        ...(isRecord(operation.responses) ? operation.responses : {}),
        "4XX": errorResponse("Bad input, not logged in, not allowed, not found or a conflict"),
        "5XX": errorResponse("Internal error (INTERNAL) or a dependency unavailable"),
      };
    }
  }
  return doc;
}
