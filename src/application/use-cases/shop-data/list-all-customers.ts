import type { Customer } from "../../../domain/shop/customer.js";
import type { Repositories } from "../../ports/store.js";

const PAGE = 500;

/** Customers have no `all()`: page through the list. */
export async function listAllCustomers(repos: Pick<Repositories, "customers">): Promise<Customer[]> {
  const out: Customer[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await repos.customers.list({ offset, limit: PAGE });
    out.push(...page.items);
    if (page.items.length === 0 || out.length >= page.total) return out;
  }
}
