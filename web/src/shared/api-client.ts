import { readStaffToken } from "./token-store.js";

/** A failed API call carrying the server's error code (see docs/errors.md), message and details. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** Listeners told when the server answers 401 to a staff call (the shell logs out). */
const unauthorizedListeners = new Set<() => void>();
export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

export interface RequestOptions {
  /** Bearer token; defaults to the staff session token. `null` sends none. */
  token?: string | null;
  /** Makes a retried mutation safe (docs/api.md: Idempotency-Key). */
  idempotencyKey?: string;
  /** Base URL of the Kefu server; "" (same origin) by default. */
  baseUrl?: string;
  signal?: AbortSignal;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function parseBody(text: string): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Calls `/api/v1{path}`; non-2xx answers become an ApiError with the server's code. */
export async function apiRequest<T>(
  method: string,
  path: string,
  body?: unknown,
  opts: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  const token = opts.token === undefined ? readStaffToken() : opts.token;
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers["content-type"] = "application/json";
  if (opts.idempotencyKey) headers["idempotency-key"] = opts.idempotencyKey;
  let response: Response;
  try {
    response = await fetch(`${opts.baseUrl ?? ""}/api/v1${path}`, {
      method,
      headers,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      ...(opts.signal ? { signal: opts.signal } : {}),
    });
  } catch (err) {
    throw new ApiError(0, "NETWORK_ERROR", err instanceof Error ? err.message : "Network error");
  }
  const text = await response.text();
  if (!response.ok) {
    const parsed = parseBody(text);
    const error = isRecord(parsed) && isRecord(parsed.error) ? parsed.error : {};
    if (response.status === 401 && opts.token === undefined) for (const l of unauthorizedListeners) l();
    throw new ApiError(
      response.status,
      typeof error.code === "string" ? error.code : `HTTP_${response.status}`,
      typeof error.message === "string" ? error.message : response.statusText,
      isRecord(error.details) ? error.details : {},
    );
  }
  // Our own server's answer, typed by the caller from docs/api.md.
  const data: T = JSON.parse(text || "null");
  return data;
}

/** Shorthands over apiRequest. */
export const api = {
  get: <T>(path: string, opts?: RequestOptions) => apiRequest<T>("GET", path, undefined, opts),
  post: <T>(path: string, body?: unknown, opts?: RequestOptions) => apiRequest<T>("POST", path, body ?? {}, opts),
  put: <T>(path: string, body: unknown, opts?: RequestOptions) => apiRequest<T>("PUT", path, body, opts),
  patch: <T>(path: string, body: unknown, opts?: RequestOptions) => apiRequest<T>("PATCH", path, body, opts),
  del: <T>(path: string, opts?: RequestOptions) => apiRequest<T>("DELETE", path, undefined, opts),
};

/** `?a=1&b=2` from the defined entries, or "" when none. */
export function queryString(params: Record<string, string | number | boolean | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

/** A fresh id for clientMessageId / Idempotency-Key. */
export function newClientId(prefix = "c"): string {
  const rnd = globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
  return `${prefix}_${rnd}`;
}
