import { createHmac, timingSafeEqual } from "node:crypto";

/** `v1=` + hex HMAC-SHA256 over "<event id>.<unix seconds>.<body>", as sent in `Kefu-Signature`. */
export function signKefuWebhook(secret: string, eventId: string, timestampSec: number, body: string): string {
  return `v1=${createHmac("sha256", secret).update(`${eventId}.${timestampSec}.${body}`).digest("hex")}`;
}

/** Receiver-side check (documented for shops, used by tests): right signature and a timestamp within `toleranceSec`. */
export function verifyKefuWebhook(
  secret: string,
  headers: { id: string; timestamp: string; signature: string },
  body: string,
  nowSec: number,
  toleranceSec = 300,
): boolean {
  const timestamp = Number(headers.timestamp);
  if (!Number.isInteger(timestamp) || Math.abs(nowSec - timestamp) > toleranceSec) return false;
  const expected = Buffer.from(signKefuWebhook(secret, headers.id, timestamp, body));
  const given = Buffer.from(headers.signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
