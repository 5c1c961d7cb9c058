import { z } from "zod";
import { WebhookEventType } from "./webhook-event.js";

/** True when `text` holds a C0 control character or DEL. */
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/** Control characters never belong in a URL or label. */
export const CleanText = z.string().refine((text) => !hasControlCharacter(text), "must not contain control characters");
const Clean = CleanText;

/** An http(s) URL a shop's system listens on. */
export const WebhookUrl = Clean.max(2000).refine((value) => {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.username === "" && url.password === "";
  } catch {
    return false;
  }
}, "must be an http(s) URL without credentials");

/** A receiver of Kefu's events; the secret signs every delivery. */
export const WebhookEndpoint = z.object({
  id: z.string().min(1),
  url: WebhookUrl,
  description: Clean.max(200).default(""),
  /** Event types sent here; empty means all. */
  events: z.array(WebhookEventType).default([]),
  enabled: z.boolean().default(true),
  /** HMAC-SHA256 key for the `Kefu-Signature` header. */
  secret: z.string().min(16),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type WebhookEndpoint = z.infer<typeof WebhookEndpoint>;

/** One try at delivering, as the log shows it. */
export const WebhookAttempt = z.object({
  at: z.string(),
  /** HTTP status the receiver answered; absent when it could not be reached. */
  statusCode: z.number().int().optional(),
  error: z.string().max(500).optional(),
  durationMs: z.number().nonnegative(),
});
export type WebhookAttempt = z.infer<typeof WebhookAttempt>;

/** An event on its way to one endpoint; `body` is the exact JSON that is signed and sent. */
export const WebhookDelivery = z.object({
  id: z.string().min(1),
  endpointId: z.string().min(1),
  eventId: z.string().min(1),
  eventType: WebhookEventType,
  body: z.string(),
  status: z.enum(["pending", "delivered", "failed"]),
  attempts: z.array(WebhookAttempt).default([]),
  nextAttemptAt: z.string().optional(),
  createdAt: z.string(),
  deliveredAt: z.string().optional(),
});
export type WebhookDelivery = z.infer<typeof WebhookDelivery>;

/** Retry schedule after the n-th failed attempt (1-based): quick at first, then spread over a day. */
export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [
  10_000,
  60_000,
  5 * 60_000,
  30 * 60_000,
  2 * 3_600_000,
  6 * 3_600_000,
  12 * 3_600_000,
];

/** When to try again after `failedAttempts` failures, or undefined when the schedule is used up. */
export function nextRetryDelay(failedAttempts: number, delays: readonly number[]): number | undefined {
  return delays[failedAttempts - 1];
}
