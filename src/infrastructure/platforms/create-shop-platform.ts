import type { ShopPlatform } from "../../application/ports/shop-platform.js";
import type { PlatformCredentials } from "../../domain/platform/platform-connection.js";
import { createShopifyPlatform } from "./shopify/shopify-platform.js";
import { createWooCommercePlatform } from "./woocommerce/woocommerce-platform.js";

/**
 * The adapter for a stored connection. `forJobs` turns the clients' own waiting retries off: a job that
 * meets a 429 gives its slot back and the queue retries it after Retry-After.
 */
export function createShopPlatform(
  credentials: PlatformCredentials,
  options: { forJobs?: boolean } = {},
): ShopPlatform {
  if (credentials.kind === "shopify") {
    return createShopifyPlatform({
      storeDomain: credentials.storeDomain,
      accessToken: credentials.accessToken,
      ...(credentials.apiOrigin ? { endpointOverride: credentials.apiOrigin } : {}),
      ...(options.forJobs ? { retries: 0 } : {}),
    });
  }
  return createWooCommercePlatform({
    url: credentials.url,
    consumerKey: credentials.consumerKey,
    consumerSecret: credentials.consumerSecret,
    ...(options.forJobs ? { maxRetries: 0 } : {}),
  });
}
