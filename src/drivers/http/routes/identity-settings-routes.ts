import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { loadIdentitySettings } from "../../../application/use-cases/identity/identity-settings-store.js";
import {
  rotateSigningSecret,
  updateIdentitySettings,
} from "../../../application/use-cases/identity/update-identity-settings.js";
import {
  IdentitySettings,
  KnowledgeSettings,
  LockoutSettings,
  OtpSettings,
  SignedIdentitySettings,
} from "../../../domain/identity/identity-settings.js";
import { requireRole, requireStaff } from "../auth/guards.js";
import type { RouteContext } from "../route-context.js";

/** What an admin sends: everything but the signing secret, which only Kefu generates (and rotates). */
const IdentitySettingsInput = IdentitySettings.extend({
  signed: SignedIdentitySettings.omit({ secret: true }),
  otp: OtpSettings,
  knowledge: KnowledgeSettings,
  lockout: LockoutSettings,
}).strict();

/** How shoppers are verified (docs/identity.md); admins only, every change audited. */
export function identitySettingsRoutes(ctx: RouteContext): FastifyPluginAsyncZod {
  const { store, clock, ids } = ctx.deps;
  const deps = { store, clock, ids };
  return async (app) => {
    app.get(
      "/settings/identity",
      { preHandler: requireRole("admin"), schema: { tags: ["settings"], response: { 200: IdentitySettings } } },
      async () => loadIdentitySettings(store),
    );

    app.put(
      "/settings/identity",
      {
        preHandler: requireRole("admin"),
        schema: { tags: ["settings"], body: IdentitySettingsInput, response: { 200: IdentitySettings } },
      },
      async (request) => {
        const me = requireStaff(request, ["admin"]);
        return updateIdentitySettings(deps, { type: "staff", id: me.id }, request.body);
      },
    );

    app.post(
      "/settings/identity/rotate-secret",
      { preHandler: requireRole("admin"), schema: { tags: ["settings"], response: { 200: IdentitySettings } } },
      async (request) => {
        const me = requireStaff(request, ["admin"]);
        return rotateSigningSecret(deps, { type: "staff", id: me.id });
      },
    );
  };
}
