import { createHmac, timingSafeEqual } from "node:crypto";
import { parseJson } from "../../../domain/parse-json.js";
import type { Order } from "../../../domain/shop/order.js";
import { toOrder } from "./woo-mapping.js";
import { WooOrder } from "./woo-schemas.js";

/** WooCommerce signs the raw body: base64 HMAC-SHA256 with the webhook's secret, in X-WC-Webhook-Signature. */
export function signWooWebhook(secret: string, rawBody: string): string {
  return createHmac("sha256", secret).update(rawBody, "utf8").digest("base64");
}

export function verifyWooWebhook(secret: string, rawBody: string, signature: string | undefined): boolean {
  if (!signature) return false;
  const expected = Buffer.from(signWooWebhook(secret, rawBody));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** The order an `order.created|updated|deleted` delivery carries, mapped into Kefu's domain. */
export function orderFromWooWebhook(rawBody: string): Order {
  return toOrder(parseJson(WooOrder, rawBody, "WooCommerce order webhook"));
}
