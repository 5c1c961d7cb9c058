import { randomBytes } from "node:crypto";
import type { WebhookSender } from "../../application/ports/webhook-sender.js";
import { signKefuWebhook } from "./kefu-webhook-signature.js";

/** Posts deliveries with fetch: signed headers, a timeout, no redirects followed (a 3xx counts as a failure). */
export function createHttpWebhookSender(options: { timeoutMs?: number } = {}): WebhookSender {
  return {
    async send({ url, secret, eventId, body, timestampSec }) {
      const started = performance.now();
      try {
        const response = await fetch(url, {
          method: "POST",
          redirect: "manual",
          signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
          headers: {
            "content-type": "application/json",
            "user-agent": "Kefu-Webhooks/1",
            "kefu-event-id": eventId,
            "kefu-timestamp": String(timestampSec),
            "kefu-signature": signKefuWebhook(secret, eventId, timestampSec, body),
          },
          body,
        });
        // Drain the body so the connection is reused; receivers' answers are not kept.
        await response.arrayBuffer().catch(() => undefined);
        return { statusCode: response.status, durationMs: performance.now() - started };
      } catch (error) {
        const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        return { error: message, durationMs: performance.now() - started };
      }
    },
  };
}

/** A new endpoint secret: 32 random bytes. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64url")}`;
}
