import type { CustomerRepository } from "../../../application/ports/shop-repositories.js";
import { Customer } from "../../../domain/shop/customer.js";
import type { CustomerRow } from "../database-schema.js";
import { checked, fromDoc, toDoc } from "../json-doc.js";
import { countValue, pageWindow } from "../paging.js";
import type { StoreContext } from "../store-context.js";
import { containsText, searchText } from "../text-search.js";

/** Only digits, so phone numbers match whatever punctuation the shopper typed. */
export function phoneDigits(phone: string | undefined): string | null {
  const digits = phone?.replace(/\D/g, "") ?? "";
  return digits.length > 0 ? digits : null;
}

function toRow(customer: Customer): CustomerRow {
  return {
    id: customer.id,
    email_lower: customer.email.toLowerCase(),
    first_name_lower: customer.firstName.toLowerCase(),
    last_name_lower: customer.lastName.toLowerCase(),
    zip: customer.defaultAddress.zip,
    phone_digits: phoneDigits(customer.phone),
    search_text: searchText([customer.id, customer.firstName, customer.lastName, customer.email, customer.phone]),
    doc: toDoc(customer),
  };
}

const parse = (row: { doc: string }) => fromDoc(Customer, row.doc, "customer");

export function customerRepository(ctx: StoreContext): CustomerRepository {
  const first = async (column: "id" | "email_lower" | "phone_digits", value: string) => {
    const row = await ctx.db
      .selectFrom("customers")
      .select("doc")
      .where(column, "=", value)
      .orderBy("id")
      .executeTakeFirst();
    return row ? parse(row) : undefined;
  };
  return {
    get: (id) => first("id", id),
    findByEmail: (email) => first("email_lower", email.trim().toLowerCase()),
    async findByPhone(phone) {
      const digits = phoneDigits(phone);
      return digits ? first("phone_digits", digits) : undefined;
    },
    async findByNameAndZip(firstName, lastName, zip) {
      const row = await ctx.db
        .selectFrom("customers")
        .select("doc")
        .where("first_name_lower", "=", firstName.trim().toLowerCase())
        .where("last_name_lower", "=", lastName.trim().toLowerCase())
        .where("zip", "=", zip.trim())
        .orderBy("id")
        .executeTakeFirst();
      return row ? parse(row) : undefined;
    },
    async list(filter) {
      const { offset, limit } = pageWindow(filter);
      let query = ctx.db.selectFrom("customers");
      if (filter.query) query = query.where(containsText("search_text", filter.query));
      const count = await query.select((eb) => eb.fn.countAll().as("n")).executeTakeFirst();
      const rows = await query.select("doc").orderBy("id").limit(limit).offset(offset).execute();
      return { items: rows.map(parse), total: countValue(count) };
    },
    async upsert(customer) {
      const row = toRow(checked(Customer, customer, "customer"));
      const { id: _id, ...rest } = row;
      await ctx.db
        .insertInto("customers")
        .values(row)
        .onConflict((oc) => oc.column("id").doUpdateSet(rest))
        .execute();
    },
  };
}
