import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { login } from "../../../application/use-cases/staff/login.js";
import { logout } from "../../../application/use-cases/staff/logout.js";
import { toPublicStaffUser } from "../../../application/use-cases/staff/public-staff-user.js";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import { requireStaff } from "../auth/guards.js";
import { LoginResponse, OkResponse, PublicStaffUserResponse } from "../responses.js";
import type { RouteContext } from "../route-context.js";

/** Staff login (limited per client address, locked per account after repeated failures), logout and the current user. */
export function authRoutes(ctx: RouteContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      "/auth/login",
      {
        schema: {
          tags: ["auth"],
          response: { 200: LoginResponse },
          body: z.object({ email: z.string().trim().min(3).max(320), password: z.string().min(1).max(1000) }),
        },
        config: {
          access: "public",
          rateLimit: { max: ctx.limits.rules.login.max, timeWindow: ctx.limits.rules.login.windowMs },
          // A login is never replayed: the stored answer would be a token, possibly logged out since.
          idempotency: { replay: "never" },
        },
      },
      async (request) => login(ctx.staff, request.body),
    );

    app.post("/auth/logout", { schema: { tags: ["auth"], response: { 200: OkResponse } } }, async (request) => {
      requireStaff(request);
      if (request.principal?.kind !== "staff") throw new KefuError("UNAUTHENTICATED", "Not logged in");
      await logout(ctx.staff, request.principal.user.id, request.principal.tokenHash);
      return { ok: true };
    });

    app.get(
      "/auth/me",
      { schema: { tags: ["auth"], response: { 200: z.object({ user: PublicStaffUserResponse }) } } },
      async (request) => ({
        user: toPublicStaffUser(requireStaff(request)),
      }),
    );
  };
}
