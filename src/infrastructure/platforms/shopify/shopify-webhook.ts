import { createHmac, timingSafeEqual } from "node:crypto";

/** Shopify signs each webhook's raw body: base64 HMAC-SHA256 with the app's client secret (X-Shopify-Hmac-Sha256). */
export function signShopifyWebhook(secret: string, rawBody: string): string {
  return createHmac("sha256", secret).update(rawBody, "utf8").digest("base64");
}

export function verifyShopifyWebhook(secret: string, rawBody: string, hmac: string | undefined): boolean {
  if (!hmac) return false;
  const expected = Buffer.from(signShopifyWebhook(secret, rawBody));
  const given = Buffer.from(hmac);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
