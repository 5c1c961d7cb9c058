import type { StaffRepository } from "../../../application/ports/admin-repositories.js";
import { StaffUser } from "../../../domain/staff/staff-user.js";
import { checked, fromDoc, toDoc } from "../json-doc.js";
import type { StoreContext } from "../store-context.js";

const parse = (row: { doc: string }) => fromDoc(StaffUser, row.doc, "staff user");

export function staffRepository(ctx: StoreContext): StaffRepository {
  return {
    async get(id) {
      const row = await ctx.db.selectFrom("staff_users").select("doc").where("id", "=", id).executeTakeFirst();
      return row ? parse(row) : undefined;
    },
    async findByEmail(email) {
      const row = await ctx.db
        .selectFrom("staff_users")
        .select("doc")
        .where("email_lower", "=", email.trim().toLowerCase())
        .executeTakeFirst();
      return row ? parse(row) : undefined;
    },
    async list() {
      const rows = await ctx.db.selectFrom("staff_users").select("doc").orderBy("id").execute();
      return rows.map(parse);
    },
    async upsert(input) {
      const user = checked(StaffUser, input, "staff user");
      const row = { id: user.id, email_lower: user.email.toLowerCase(), doc: toDoc(user) };
      // A second user with the same email violates the unique index and fails the write.
      await ctx.db
        .insertInto("staff_users")
        .values(row)
        .onConflict((oc) => oc.column("id").doUpdateSet({ email_lower: row.email_lower, doc: row.doc }))
        .execute();
    },
  };
}
