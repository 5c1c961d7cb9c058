import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { deleteWebhookEndpoint } from "../../../application/use-cases/webhooks/delete-webhook-endpoint.js";
import { replayWebhookDelivery } from "../../../application/use-cases/webhooks/replay-webhook-delivery.js";
import { saveWebhookEndpoint } from "../../../application/use-cases/webhooks/save-webhook-endpoint.js";
import { sendTestWebhook } from "../../../application/use-cases/webhooks/send-test-webhook.js";
import type { WebhookDeps } from "../../../application/use-cases/webhooks/webhook-deps.js";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import { CleanText, WebhookDelivery, WebhookEndpoint, WebhookUrl } from "../../../domain/webhooks/webhook-endpoint.js";
import { WebhookEventType } from "../../../domain/webhooks/webhook-event.js";
import { requireRole, requireStaff } from "../auth/guards.js";
import { OkResponse, pageOfSchema } from "../responses.js";
import { IdParams, PageQuery } from "../schemas.js";

/** Lists show only the secret's tail; the whole secret is returned once, on create and rotate. */
const MaskedEndpoint = WebhookEndpoint.extend({ secret: z.string() });
const mask = (e: WebhookEndpoint) => ({ ...e, secret: `whsec_…${e.secret.slice(-4)}` });

const EndpointBody = z.object({
  url: WebhookUrl,
  description: z.string().max(200).pipe(CleanText).optional(),
  events: z.array(WebhookEventType).max(20).optional(),
  enabled: z.boolean().optional(),
});

/** Admin API for outbound webhooks: endpoints, their delivery log, replay and a test event. */
export function webhookRoutes(deps: WebhookDeps): FastifyPluginAsyncZod {
  const admin = { preHandler: requireRole("admin") };
  const actorOf = (request: Parameters<typeof requireStaff>[0]) => ({
    type: "staff" as const,
    id: requireStaff(request, ["admin"]).id,
  });
  return async (app) => {
    app.get(
      "/webhooks",
      { ...admin, schema: { tags: ["webhooks"], response: { 200: z.object({ items: z.array(MaskedEndpoint) }) } } },
      async () => ({ items: (await deps.store.webhookEndpoints.list()).map(mask) }),
    );
    app.post(
      "/webhooks",
      { ...admin, schema: { tags: ["webhooks"], body: EndpointBody, response: { 200: WebhookEndpoint } } },
      async (request) => saveWebhookEndpoint(deps, { actor: actorOf(request), changes: request.body }),
    );
    app.patch(
      "/webhooks/:id",
      {
        ...admin,
        schema: {
          tags: ["webhooks"],
          params: IdParams,
          body: EndpointBody.partial(),
          response: { 200: MaskedEndpoint },
        },
      },
      async (request) =>
        mask(
          await saveWebhookEndpoint(deps, { id: request.params.id, actor: actorOf(request), changes: request.body }),
        ),
    );
    app.post(
      "/webhooks/:id/rotate-secret",
      { ...admin, schema: { tags: ["webhooks"], params: IdParams, response: { 200: WebhookEndpoint } } },
      async (request) =>
        saveWebhookEndpoint(deps, { id: request.params.id, actor: actorOf(request), changes: {}, rotateSecret: true }),
    );
    app.delete(
      "/webhooks/:id",
      { ...admin, schema: { tags: ["webhooks"], params: IdParams, response: { 200: OkResponse } } },
      async (request) => {
        await deleteWebhookEndpoint(deps, { id: request.params.id, actor: actorOf(request) });
        return { ok: true };
      },
    );
    app.post(
      "/webhooks/:id/test",
      { ...admin, schema: { tags: ["webhooks"], params: IdParams, response: { 200: WebhookDelivery } } },
      async (request) => sendTestWebhook(deps, request.params.id),
    );
    app.get(
      "/webhooks/:id/deliveries",
      {
        ...admin,
        schema: {
          tags: ["webhooks"],
          params: IdParams,
          querystring: PageQuery.extend({ status: WebhookDelivery.shape.status.optional() }),
          response: { 200: pageOfSchema(WebhookDelivery) },
        },
      },
      async (request) => {
        if (!(await deps.store.webhookEndpoints.get(request.params.id))) {
          throw new KefuError("NOT_FOUND", `No webhook endpoint ${request.params.id}`);
        }
        return deps.store.webhookDeliveries.listByEndpoint(request.params.id, request.query);
      },
    );
    app.post(
      "/webhook-deliveries/:id/replay",
      { ...admin, schema: { tags: ["webhooks"], params: IdParams, response: { 200: WebhookDelivery } } },
      async (request) => replayWebhookDelivery(deps, { deliveryId: request.params.id, actor: actorOf(request) }),
    );
  };
}
