import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { leaveOfflineContact } from "../../../application/use-cases/availability/leave-offline-contact.js";
import { loadAvailability } from "../../../application/use-cases/availability/load-availability.js";
import { AvailabilitySettings, isTeamAvailable } from "../../../domain/availability/availability-settings.js";
import { requireShopper, requireStaff } from "../auth/guards.js";
import { OkResponse, WidgetAvailabilityResponse } from "../responses.js";
import type { RouteContext } from "../route-context.js";
import { IdParams } from "../schemas.js";

/** Business hours and the offline fallback: admins set them, the widget reads them, shoppers leave an email. */
export function availabilityRoutes(ctx: RouteContext): FastifyPluginAsyncZod {
  const { store, clock, ids } = ctx.deps;
  return async (app) => {
    app.get(
      "/settings/availability",
      { config: { access: "admin" }, schema: { tags: ["settings"], response: { 200: AvailabilitySettings } } },
      async () => loadAvailability(store),
    );

    app.put(
      "/settings/availability",
      {
        config: { access: "admin" },
        schema: { tags: ["settings"], body: AvailabilitySettings, response: { 200: AvailabilitySettings } },
      },
      async (request) => {
        const me = requireStaff(request, ["admin"]);
        await store.transaction(async (tx) => {
          await tx.settings.set("availability", request.body);
          await tx.audit.append({
            id: ids.next("aud"),
            at: clock.nowIso(),
            actor: { type: "staff", id: me.id },
            action: "settings.availability.update",
            entityType: "settings",
            entityId: "availability",
            details: { mode: request.body.mode, timezone: request.body.timezone },
          });
        });
        return request.body;
      },
    );

    app.get(
      "/widget/availability",
      { config: { access: "public" }, schema: { tags: ["widget"], response: { 200: WidgetAvailabilityResponse } } },
      async () => {
        const settings = await loadAvailability(store);
        return {
          online: isTeamAvailable(settings, new Date(clock.nowIso())),
          timezone: settings.timezone,
          hours: settings.hours,
          expectedReplyMinutes: settings.expectedReplyMinutes,
          emailFallback: settings.emailFallback,
        };
      },
    );

    app.post(
      "/widget/conversations/:id/offline-contact",
      {
        config: { access: "shopper" },
        schema: {
          tags: ["widget"],
          params: IdParams,
          body: z.object({ email: z.string().trim().email().max(254), note: z.string().trim().max(500).optional() }),
          response: { 200: OkResponse },
        },
      },
      async (request) => {
        const conversationId = requireShopper(request, request.params.id);
        await leaveOfflineContact(ctx.conversations, { conversationId, ...request.body });
        return { ok: true };
      },
    );
  };
}
