import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { StaffRole } from "../../../domain/staff/staff-user.js";
import type { RouteContext } from "../route-context.js";

/** What any colleague may know about another: no email, no hash, active accounts only. */
const DirectoryEntry = z.object({ id: z.string(), name: z.string(), role: StaffRole });

/** `GET /staff/directory`: names for ids in the console (holder, transfer targets, audit). */
export function staffDirectoryRoutes(ctx: RouteContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/staff/directory",
      {
        config: { access: "staff" },
        schema: { tags: ["users"], response: { 200: z.object({ items: z.array(DirectoryEntry) }) } },
      },
      async () => {
        const staff = await ctx.deps.store.staff.list();
        const items = staff
          .filter((s) => !s.disabled)
          .map((s) => ({ id: s.id, name: s.name, role: s.role }))
          .sort((a, b) => a.name.localeCompare(b.name));
        return { items };
      },
    );
  };
}
