import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
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
import { requireStaff } from "../auth/guards.js";
import type { RouteContext } from "../route-context.js";
import { optionalBody } from "../schemas.js";

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
      { config: { access: "admin" }, schema: { tags: ["settings"], response: { 200: IdentitySettings } } },
      async () => loadIdentitySettings(store),
    );

    app.put(
      "/settings/identity",
      {
        config: { access: "admin" },
        schema: { tags: ["settings"], body: IdentitySettingsInput, response: { 200: IdentitySettings } },
      },
      async (request) => {
        const me = requireStaff(request, ["admin"]);
        return updateIdentitySettings(deps, { type: "staff", id: me.id }, request.body);
      },
    );

    app.post(
      "/settings/identity/rotate-secret",
      {
        config: { access: "admin" },
        schema: { tags: ["settings"], body: optionalBody(z.object({}).strict()), response: { 200: IdentitySettings } },
      },
      async (request) => {
        const me = requireStaff(request, ["admin"]);
        return rotateSigningSecret(deps, { type: "staff", id: me.id });
      },
    );
  };
}
