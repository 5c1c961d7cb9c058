import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { createStaffUser } from "../../../application/use-cases/staff/create-staff-user.js";
import { toPublicStaffUser } from "../../../application/use-cases/staff/public-staff-user.js";
import { updateStaffUser } from "../../../application/use-cases/staff/update-staff-user.js";
import { StaffRole } from "../../../domain/staff/staff-user.js";
import { requireStaff } from "../auth/guards.js";
import { PublicStaffUserResponse, UserPage } from "../responses.js";
import type { RouteContext } from "../route-context.js";
import { IdParams } from "../schemas.js";
import { defaultRouteAccess } from "../security/route-access.js";

/** Admin-only management of console users. */
export function userRoutes(ctx: RouteContext): FastifyPluginAsyncZod {
  const tags = ["users"];
  return async (app) => {
    defaultRouteAccess(app, "admin");

    app.get("/users", { schema: { tags, response: { 200: UserPage } } }, async () => {
      const users = (await ctx.deps.store.staff.list()).map(toPublicStaffUser);
      return { items: users, total: users.length };
    });

    app.post(
      "/users",
      {
        schema: {
          tags,
          body: z.object({
            email: z.string().trim().email().max(320),
            name: z.string().trim().min(1).max(200),
            role: StaffRole,
            password: z.string().min(8).max(1000),
          }),
          response: { 201: PublicStaffUserResponse },
        },
      },
      async (request, reply) => {
        const me = requireStaff(request, ["admin"]);
        reply.code(201);
        return createStaffUser(ctx.staff, { ...request.body, actor: { type: "staff", id: me.id } });
      },
    );

    app.patch(
      "/users/:id",
      {
        schema: {
          tags,
          params: IdParams,
          body: z.object({
            role: StaffRole.optional(),
            disabled: z.boolean().optional(),
            password: z.string().min(8).max(1000).optional(),
            name: z.string().trim().min(1).max(200).optional(),
          }),
          response: { 200: PublicStaffUserResponse },
        },
      },
      async (request) => {
        const me = requireStaff(request, ["admin"]);
        return updateStaffUser(ctx.staff, {
          id: request.params.id,
          ...request.body,
          actor: { type: "staff", id: me.id },
        });
      },
    );
  };
}
