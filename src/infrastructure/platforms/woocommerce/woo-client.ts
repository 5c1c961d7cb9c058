import type { z } from "zod";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import { WooError } from "./woo-schemas.js";

export interface WooClientOptions {
  /** The shop's site, e.g. https://shop.example (the REST API lives under /wp-json/wc/v3). */
  url: string;
  consumerKey: string;
  consumerSecret: string;
  /** Retries of 429/5xx/network failures before giving up (default 3). */
  maxRetries?: number;
  /** Longest wait honoured from a Retry-After header (default 30 s). */
  maxRetryAfterMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export interface WooResponse<T> {
  body: T;
  totalPages: number;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * WooCommerce REST v3 over fetch with HTTP Basic auth (keys must only travel over HTTPS in production).
 * Retries 429 (honouring Retry-After) and 5xx/network errors with backoff; a 4xx becomes PLATFORM_REFUSED
 * with WooCommerce's own message.
 */
export function createWooClient(options: WooClientOptions) {
  const base = `${options.url.replace(/\/+$/, "")}/wp-json/wc/v3`;
  const auth = `Basic ${Buffer.from(`${options.consumerKey}:${options.consumerSecret}`).toString("base64")}`;
  const sleep = options.sleep ?? realSleep;
  const maxRetries = options.maxRetries ?? 3;

  async function request<S extends z.ZodType>(
    method: string,
    path: string,
    schema: S,
    body?: unknown,
  ): Promise<WooResponse<z.infer<S>>> {
    for (let attempt = 0; ; attempt += 1) {
      let response: Response;
      try {
        response = await fetch(`${base}${path}`, {
          method,
          headers: {
            authorization: auth,
            accept: "application/json",
            ...(body ? { "content-type": "application/json" } : {}),
          },
          ...(body ? { body: JSON.stringify(body) } : {}),
          signal: AbortSignal.timeout(20_000),
        });
      } catch (error) {
        if (attempt < maxRetries) {
          await sleep(500 * 2 ** attempt);
          continue;
        }
        throw new KefuError("PLATFORM_UNAVAILABLE", `WooCommerce could not be reached: ${String(error)}`);
      }
      if (response.status === 429 || response.status >= 500) {
        const retryAfterMs = Math.min(
          Number(response.headers.get("retry-after") ?? "") * 1000 || 500 * 2 ** attempt,
          options.maxRetryAfterMs ?? 30_000,
        );
        await response.arrayBuffer().catch(() => undefined);
        if (attempt < maxRetries) {
          await sleep(retryAfterMs);
          continue;
        }
        throw new KefuError("PLATFORM_UNAVAILABLE", `WooCommerce answered ${response.status}`, {
          details: { retryAfterMs },
        });
      }
      const json: unknown = await response.json().catch(() => ({}));
      if (!response.ok) {
        const error = WooError.safeParse(json);
        const message = error.success && error.data.message ? error.data.message : `HTTP ${response.status}`;
        throw new KefuError("PLATFORM_REFUSED", `WooCommerce refused: ${message}`, {
          details: { status: response.status, platformCode: error.success ? error.data.code : "" },
        });
      }
      const parsed = schema.safeParse(json);
      if (!parsed.success) throw new KefuError("PLATFORM_UNAVAILABLE", `Unexpected WooCommerce answer for ${path}`);
      return { body: parsed.data, totalPages: Number(response.headers.get("x-wp-totalpages") ?? "1") || 1 };
    }
  }

  return { request };
}

export type WooClient = ReturnType<typeof createWooClient>;
