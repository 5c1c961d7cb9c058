import type { CustomerRepository } from "../../../application/ports/shop-repositories.js";
import { Customer } from "../../../domain/shop/customer.js";
import {
  customerLookupColumns,
  LOOKUP,
  normaliseEmail,
  normaliseNameZip,
  phoneDigits,
  searchToken,
} from "../customer-lookup-keys.js";
import type { CustomerRow } from "../database-schema.js";
import { checked } from "../json-doc.js";
import { countValue, pageWindow } from "../paging.js";
import { openDoc, sealDoc } from "../sealed-doc.js";
import type { StoreContext } from "../store-context.js";
import { containsText } from "../text-search.js";

export { phoneDigits };

function toRow(ctx: StoreContext, customer: Customer): CustomerRow {
  return {
    id: customer.id,
    ...customerLookupColumns(ctx.cipher, customer),
    search_text: customer.id.toLowerCase(),
    doc: sealDoc(ctx.cipher, "customers", customer.id, customer),
  };
}

type LookupColumn = "email_bidx" | "phone_bidx" | "name_zip_bidx";

export function customerRepository(ctx: StoreContext): CustomerRepository {
  const parse = (row: { id: string; doc: string }) => openDoc(ctx.cipher, Customer, "customers", row, "customer");
  // Every key's hash is asked for, so rows not yet moved to the current key are still found.
  const byIndex = async (column: LookupColumn, purpose: string, value: string) => {
    const row = await ctx.db
      .selectFrom("customers")
      .select(["id", "doc"])
      .where(column, "in", ctx.cipher.blindIndexes(purpose, value))
      .orderBy("id")
      .executeTakeFirst();
    return row ? parse(row) : undefined;
  };
  return {
    async get(id) {
      const row = await ctx.db.selectFrom("customers").select(["id", "doc"]).where("id", "=", id).executeTakeFirst();
      return row ? parse(row) : undefined;
    },
    findByEmail: (email) => byIndex("email_bidx", LOOKUP.email, normaliseEmail(email)),
    async findByPhone(phone) {
      const digits = phoneDigits(phone);
      return digits ? byIndex("phone_bidx", LOOKUP.phone, digits) : undefined;
    },
    findByNameAndZip: (firstName, lastName, zip) =>
      byIndex("name_zip_bidx", LOOKUP.nameZip, normaliseNameZip(firstName, lastName, zip)),
    async list(filter) {
      const { offset, limit } = pageWindow(filter);
      let query = ctx.db.selectFrom("customers");
      const text = filter.query?.trim();
      if (text) {
        // Names and contacts are sealed: the id matches by substring, a name, email or phone as a whole word.
        const terms = [text.toLowerCase(), phoneDigits(text)].filter((t): t is string => Boolean(t));
        const tokens = terms.flatMap((t) => ctx.cipher.blindIndexes(LOOKUP.search, t).map(searchToken));
        query = query.where((eb) =>
          eb.or([
            containsText("search_text", text),
            ...tokens.map((token) => eb("search_bidx", "like", `% ${token} %`)),
          ]),
        );
      }
      const count = await query.select((eb) => eb.fn.countAll().as("n")).executeTakeFirst();
      const rows = await query.select(["id", "doc"]).orderBy("id").limit(limit).offset(offset).execute();
      return { items: rows.map(parse), total: countValue(count) };
    },
    async upsert(customer) {
      const row = toRow(ctx, checked(Customer, customer, "customer"));
      const { id: _id, ...rest } = row;
      await ctx.db
        .insertInto("customers")
        .values(row)
        .onConflict((oc) => oc.column("id").doUpdateSet(rest))
        .execute();
    },
  };
}
