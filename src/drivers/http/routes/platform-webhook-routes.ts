import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  applyPlatformOrderUpdate,
  type OrderUpdateOutcome,
} from "../../../application/use-cases/platform/apply-platform-order-update.js";
import { loadPlatformCredentials } from "../../../application/use-cases/platform/platform-connection-store.js";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import { parseJson } from "../../../domain/parse-json.js";
import type { PlatformCredentials } from "../../../domain/platform/platform-connection.js";
import { verifyShopifyWebhook } from "../../../infrastructure/platforms/shopify/shopify-webhook.js";
import { orderFromWooWebhook, verifyWooWebhook } from "../../../infrastructure/platforms/woocommerce/woo-webhook.js";
import type { PlatformRoutesDeps } from "./platform-deps.js";

const Outcome = z.object({ outcome: z.string() });
const header = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const forged = () => new KefuError("WEBHOOK_SIGNATURE_INVALID", "The webhook signature does not match this shop");

/** What a Shopify order, fulfilment or refund delivery names: the order's Admin API id. */
const ShopifyDelivery = z.object({
  admin_graphql_api_id: z.string().optional(),
  order_id: z.union([z.number(), z.string()]).optional(),
});

/**
 * Inbound platform webhooks. The HMAC of the raw body is the authentication (401 WEBHOOK_SIGNATURE_INVALID
 * when it does not match the connection's secret); a replayed delivery id changes nothing; a new one updates
 * the mirror (Shopify: the named order is fetched fresh; WooCommerce: the delivered order).
 */
export function platformWebhookRoutes(deps: PlatformRoutesDeps): FastifyPluginAsyncZod {
  // Without a connection of the route's kind nothing can verify the signature: such calls are refused as forged.
  const connection = async (): Promise<PlatformCredentials | undefined> =>
    loadPlatformCredentials({ store: deps.store, cipher: await deps.cipher() });
  const publicRoute = { config: { access: "public" as const } };

  return async (app) => {
    // Signatures cover the exact bytes sent: keep the raw body (this plugin's routes only).
    for (const type of ["application/json", "application/x-www-form-urlencoded"]) {
      if (app.hasContentTypeParser(type)) app.removeContentTypeParser(type);
      app.addContentTypeParser(type, { parseAs: "string", bodyLimit: 1024 * 1024 }, (_req, body, done) =>
        done(null, body),
      );
    }
    const raw = (body: unknown) => (typeof body === "string" ? body : "");

    app.post(
      "/platform/webhooks/shopify",
      { ...publicRoute, schema: { tags: ["platform"], response: { 200: Outcome } } },
      async (request) => {
        const credentials = await connection();
        if (credentials?.kind !== "shopify") throw forged();
        const body = raw(request.body);
        if (!verifyShopifyWebhook(credentials.webhookSecret, body, header(request.headers["x-shopify-hmac-sha256"])))
          throw forged();
        const deliveryId =
          header(request.headers["x-shopify-webhook-id"]) ?? header(request.headers["x-shopify-event-id"]);
        if (!deliveryId) throw new KefuError("VALIDATION_FAILED", "X-Shopify-Webhook-Id is missing");
        const named = parseJson(ShopifyDelivery, body, "Shopify webhook");
        const topic = header(request.headers["x-shopify-topic"]) ?? "";
        const gid = topic.startsWith("orders/")
          ? named.admin_graphql_api_id
          : named.order_id !== undefined
            ? `gid://shopify/Order/${named.order_id}`
            : undefined;
        if (!gid) return { outcome: "ignored" };
        const platform = deps.createPlatform(credentials);
        const outcome: OrderUpdateOutcome = await applyPlatformOrderUpdate(deps, {
          deliveryId,
          platform: "shopify",
          load: () => platform.getOrder(gid),
        });
        return { outcome };
      },
    );

    app.post(
      "/platform/webhooks/woocommerce",
      { ...publicRoute, schema: { tags: ["platform"], response: { 200: Outcome } } },
      async (request) => {
        const credentials = await connection();
        if (credentials?.kind !== "woocommerce") throw forged();
        const body = raw(request.body);
        // WooCommerce pings a new webhook's URL once with a form body and no signature.
        if (request.headers["content-type"]?.startsWith("application/x-www-form-urlencoded"))
          return { outcome: "ping" };
        if (!verifyWooWebhook(credentials.webhookSecret, body, header(request.headers["x-wc-webhook-signature"])))
          throw forged();
        const deliveryId = header(request.headers["x-wc-webhook-delivery-id"]);
        if (!deliveryId) throw new KefuError("VALIDATION_FAILED", "X-WC-Webhook-Delivery-ID is missing");
        const topic = header(request.headers["x-wc-webhook-topic"]) ?? "";
        if (!topic.startsWith("order.") || topic === "order.deleted") return { outcome: "ignored" };
        const outcome = await applyPlatformOrderUpdate(deps, { deliveryId, order: orderFromWooWebhook(body) });
        return { outcome };
      },
    );
  };
}
