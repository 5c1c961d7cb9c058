import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { loadShopPolicy } from "../../../application/use-cases/after-sales/after-sales-deps.js";
import { selectKnowledgeRule } from "../../../application/use-cases/identity/update-identity-settings.js";
import { ShopPolicy } from "../../../domain/policy/shop-policy.js";
import { requireStaff } from "../auth/guards.js";
import type { RouteContext } from "../route-context.js";

/** The shop policy document the policy engine reads; admins edit it, every change is audited. */
export function settingsRoutes(ctx: RouteContext): FastifyPluginAsyncZod {
  const { store, clock, ids } = ctx.deps;
  return async (app) => {
    app.get(
      "/settings/policy",
      { config: { access: "admin" }, schema: { tags: ["settings"], response: { 200: ShopPolicy } } },
      async () => {
        // The effective policy: the stored one, or the default when none (or an outdated one) is stored.
        return loadShopPolicy(store);
      },
    );

    app.put(
      "/settings/policy",
      {
        config: { access: "admin" },
        schema: { tags: ["settings"], body: ShopPolicy, response: { 200: ShopPolicy } },
      },
      async (request) => {
        const me = requireStaff(request, ["admin"]);
        await store.transaction(async (tx) => {
          await tx.settings.set("policy", request.body);
          await tx.audit.append({
            id: ids.next("aud"),
            at: clock.nowIso(),
            actor: { type: "staff", id: me.id },
            action: "settings.policy.update",
            entityType: "settings",
            entityId: "policy",
            details: { name: request.body.name, keys: Object.keys(request.body) },
          });
        });
        // The τ² policy comes with τ²'s way of verifying shoppers (email, or name + zip).
        if (request.body.name === "tau2") {
          await selectKnowledgeRule(
            { store, clock, ids },
            { type: "staff", id: me.id },
            "tau2",
            "tau2 policy imported",
          );
        }
        return request.body;
      },
    );
  };
}
