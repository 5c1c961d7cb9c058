import type { IdentityFacts } from "../../../domain/identity/identity-facts.js";
import { type Proof, sameEmail, sameOrderId, samePhone } from "../../../domain/identity/knowledge-rule.js";
import type { Customer } from "../../../domain/shop/customer.js";
import type { Order } from "../../../domain/shop/order.js";
import type { Repositories } from "../../ports/store.js";

type Lookup = Pick<Repositories, "customers" | "orders">;

/** An order by the number the shopper typed ("W1000001", "#w1000001"). */
async function findOrder(store: Lookup, typed: string): Promise<Order | undefined> {
  const bare = typed.trim().replace(/^#/, "");
  return (await store.orders.get(`#${bare.toUpperCase()}`)) ?? (await store.orders.get(bare));
}

/** A phone as typed ("(415) 555-0142", "+86 139…") or as stored with/without its country code. */
async function findByPhone(store: Lookup, phone: string): Promise<Customer | undefined> {
  const digits = phone.replace(/\D/g, "");
  const variants = [phone, `+${digits}`, digits];
  if (digits.length === 10) variants.push(`+1${digits}`);
  if (digits.length === 11 && digits.startsWith("1")) variants.push(`+${digits}`, digits.slice(1));
  if (digits.length === 13 && digits.startsWith("86")) variants.push(digits.slice(2), `+${digits}`);
  for (const v of new Set(variants)) {
    const found = await store.customers.findByPhone(v);
    if (found) return found;
  }
  return undefined;
}

const titleCase = (name: string) => name.charAt(0).toUpperCase() + name.slice(1).toLowerCase();

async function byNameAndZip(store: Lookup, first: string, last: string, zip: string): Promise<Customer | undefined> {
  // Chinese names arrive as 姓+名 or 名+姓 depending on who entered them; "emma wilson" as typed or capitalised.
  const tries: [string, string][] = [
    [first, last],
    [last, first],
    [titleCase(first), titleCase(last)],
  ];
  for (const [a, b] of tries) {
    const found = await store.customers.findByNameAndZip(a, b, zip);
    if (found) return found;
  }
  return undefined;
}

/** The customer a proof identifies, when every fact of it belongs to that one customer. */
export async function customerForProof(store: Lookup, proof: Proof): Promise<Customer | undefined> {
  switch (proof.kind) {
    case "email":
      return store.customers.findByEmail(proof.email);
    case "name_zip":
      return byNameAndZip(store, proof.firstName, proof.lastName, proof.zip);
    case "email_order":
    case "phone_order": {
      const customer =
        proof.kind === "email_order"
          ? await store.customers.findByEmail(proof.email)
          : await findByPhone(store, proof.phone);
      const order = await findOrder(store, proof.orderId);
      const owns = customer && order && order.customerId === customer.id && sameOrderId(order.id, proof.orderId);
      return owns ? customer : undefined;
    }
    case "name_zip_order": {
      const customer = await byNameAndZip(store, proof.firstName, proof.lastName, proof.zip);
      const order = await findOrder(store, proof.orderId);
      return customer && order?.customerId === customer.id ? customer : undefined;
    }
    case "name_zip_contact": {
      const customer = await byNameAndZip(store, proof.firstName, proof.lastName, proof.zip);
      if (!customer) return undefined;
      const contact = sameEmail(customer.email, proof.email) || samePhone(customer.phone, proof.phone);
      return contact ? customer : undefined;
    }
  }
}

/** Customers any single fact points at: their counters lock too, so alternating facts gains nothing. */
export async function customersNamedBy(store: Lookup, f: IdentityFacts): Promise<Customer[]> {
  const found: Customer[] = [];
  const add = (c: Customer | undefined) => {
    if (c && !found.some((x) => x.id === c.id)) found.push(c);
  };
  if (f.email) add(await store.customers.findByEmail(f.email));
  if (f.phone) add(await findByPhone(store, f.phone));
  if (f.firstName && f.lastName && f.zip) add(await byNameAndZip(store, f.firstName, f.lastName, f.zip));
  return found;
}
