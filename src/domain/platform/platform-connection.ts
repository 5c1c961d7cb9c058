import { z } from "zod";

/** Credentials of a Shopify custom app: the Admin API token and the client secret that signs webhooks. */
export const ShopifyCredentials = z.object({
  kind: z.literal("shopify"),
  /** e.g. my-shop.myshopify.com */
  storeDomain: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*\.myshopify\.com$/, "storeDomain must look like my-shop.myshopify.com"),
  accessToken: z.string().min(1).max(200),
  webhookSecret: z.string().min(1).max(200),
  /** A local stand-in of the Admin API (tests, staging proxies); unset in production. */
  apiOrigin: z.string().url().optional(),
});

/** Credentials of a WooCommerce REST key (Read/Write) and the secret its webhooks are signed with. */
export const WooCommerceCredentials = z.object({
  kind: z.literal("woocommerce"),
  /** The shop's address, e.g. https://shop.example */
  url: z.string().url(),
  consumerKey: z.string().min(1).max(200),
  consumerSecret: z.string().min(1).max(200),
  webhookSecret: z.string().min(1).max(200),
});

export const PlatformCredentials = z.discriminatedUnion("kind", [ShopifyCredentials, WooCommerceCredentials]);
export type PlatformCredentials = z.infer<typeof PlatformCredentials>;

/** Progress of the latest sync, as the admin page shows it. */
export const PlatformSyncStatus = z.object({
  state: z.enum(["running", "done", "failed"]),
  phase: z.enum(["customers", "products", "orders"]).optional(),
  customers: z.number().int().nonnegative(),
  products: z.number().int().nonnegative(),
  orders: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
  startedAt: z.string().datetime(),
  finishedAt: z.string().datetime().optional(),
  error: z.string().optional(),
});
export type PlatformSyncStatus = z.infer<typeof PlatformSyncStatus>;

/** The connection as stored (settings key "platform.connection"): credentials only as ciphertext. */
export const StoredPlatformConnection = z.object({
  kind: z.enum(["shopify", "woocommerce"]),
  /** The shop's domain or address, safe to show. */
  shop: z.string(),
  /** PlatformCredentials as JSON, sealed by the field cipher. */
  sealedCredentials: z.string().min(1),
  connectedAt: z.string().datetime(),
  sync: PlatformSyncStatus.optional(),
  lastReconcileAt: z.string().datetime().optional(),
});
export type StoredPlatformConnection = z.infer<typeof StoredPlatformConnection>;

/** What admins see of the connection: never credentials. */
export type PlatformConnectionView = Omit<StoredPlatformConnection, "sealedCredentials">;

/** The shop as shown: Shopify's domain or WooCommerce's address. */
export const shopOf = (c: PlatformCredentials): string => (c.kind === "shopify" ? c.storeDomain : c.url);
