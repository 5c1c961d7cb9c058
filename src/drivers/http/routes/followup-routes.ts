import type { FastifyPluginAsync } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Clock } from "../../../application/ports/clock.js";
import type { IdGenerator } from "../../../application/ports/id-generator.js";
import type { Store } from "../../../application/ports/store.js";
import {
  loadFollowupRules,
  loadOptOuts,
  setFollowupOptOut,
} from "../../../application/use-cases/insights/followup-settings.js";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import { FOLLOWUP_RULES_KEY, FollowupRules } from "../../../domain/followups/followup-rules.js";
import { requireShopper, requireStaff } from "../auth/guards.js";
import {
  FollowupRulesResponse,
  JobPage,
  OptOutListResponse,
  OptOutResponse,
  ShopperOptOutResponse,
} from "../insights-responses.js";

const JobStatus = z.enum(["queued", "running", "done", "failed", "cancelled"]);

/** Follow-up (回访) rules and opt-outs for admins, the job list for staff, and opting out for shoppers. */
export function followupRoutes(deps: { store: Store; clock: Clock; ids: IdGenerator }): FastifyPluginAsync {
  const { store, clock, ids } = deps;
  return async (plain) => {
    const app = plain.withTypeProvider<ZodTypeProvider>();

    app.get(
      "/insights/followups/rules",
      { config: { access: "admin" }, schema: { tags: ["insights"], response: { 200: FollowupRulesResponse } } },
      async () => loadFollowupRules(store.settings),
    );

    app.put(
      "/insights/followups/rules",
      {
        config: { access: "admin" },
        schema: { tags: ["insights"], body: FollowupRules, response: { 200: FollowupRulesResponse } },
      },
      async (request) => {
        const me = requireStaff(request, ["admin"]);
        await store.transaction(async (tx) => {
          await tx.settings.set(FOLLOWUP_RULES_KEY, request.body);
          await tx.audit.append({
            id: ids.next("aud"),
            at: clock.nowIso(),
            actor: { type: "staff", id: me.id },
            action: "settings.followups.update",
            entityType: "settings",
            entityId: FOLLOWUP_RULES_KEY,
            details: { enabled: request.body.enabled, channel: request.body.channel },
          });
        });
        return request.body;
      },
    );

    app.get(
      "/insights/followups/opt-outs",
      { config: { access: "admin" }, schema: { tags: ["insights"], response: { 200: OptOutListResponse } } },
      async () => ({ customerIds: [...(await loadOptOuts(store.settings))].sort() }),
    );

    app.put(
      "/insights/followups/opt-outs/:customerId",
      {
        config: { access: "admin" },
        schema: {
          tags: ["insights"],
          params: z.object({ customerId: z.string().min(1).max(200) }),
          body: z.object({ optOut: z.boolean() }),
          response: { 200: OptOutResponse },
        },
      },
      async (request) => {
        await store.transaction((tx) => setFollowupOptOut(tx.settings, request.params.customerId, request.body.optOut));
        return { customerId: request.params.customerId, optOut: request.body.optOut };
      },
    );

    app.get(
      "/insights/followups/jobs",
      {
        schema: {
          tags: ["insights"],
          summary: "Scheduled and finished background jobs (in-process queue; BullMQ keeps its own in Redis)",
          querystring: z.object({
            status: JobStatus.optional(),
            type: z.string().min(1).optional(),
            offset: z.coerce.number().int().min(0).default(0),
            limit: z.coerce.number().int().min(1).max(500).default(50),
          }),
          response: { 200: JobPage },
        },
      },
      async (request) => {
        requireStaff(request);
        return store.jobs.list(request.query);
      },
    );

    app.post(
      "/widget/followups/opt-out",
      {
        config: { access: "shopper" },
        schema: {
          tags: ["widget"],
          body: z.object({ optOut: z.boolean().default(true) }).optional(),
          response: { 200: ShopperOptOutResponse },
        },
      },
      async (request) => {
        const conversationId = requireShopper(request);
        const conversation = await store.conversations.get(conversationId);
        if (!conversation?.verifiedCustomerId) {
          throw new KefuError("IDENTITY_NOT_VERIFIED", "Verify your identity before changing follow-up preferences");
        }
        const optOut = request.body?.optOut ?? true;
        const customerId = conversation.verifiedCustomerId;
        await store.transaction((tx) => setFollowupOptOut(tx.settings, customerId, optOut));
        return { optOut };
      },
    );
  };
}
