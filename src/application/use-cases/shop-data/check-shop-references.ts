import type { Customer } from "../../../domain/shop/customer.js";
import type { Variant } from "../../../domain/shop/product.js";
import type { Repositories } from "../../ports/store.js";
import type { ImportRowError } from "./import-report.js";
import { listAllCustomers } from "./list-all-customers.js";
import type { ShopDocument } from "./shop-document.js";

/** Memoised lookups: the document first, then the store, each id asked of the store once. */
function lookups(repos: Repositories, doc: ShopDocument) {
  const customers = new Map<string, Customer | undefined>(doc.customers.map((c) => [c.id, c]));
  const variants = new Map<string, Variant | undefined>(
    doc.products.flatMap((p) => p.variants.map((v): [string, Variant] => [v.id, v])),
  );
  return {
    async customer(id: string): Promise<Customer | undefined> {
      if (!customers.has(id)) customers.set(id, await repos.customers.get(id));
      return customers.get(id);
    },
    async variant(id: string): Promise<Variant | undefined> {
      if (!variants.has(id)) variants.set(id, await repos.products.getVariant(id));
      return variants.get(id);
    },
  };
}

/** Email → stored customer id: one bulk read for large imports, one lookup each for small ones. */
async function storedEmails(
  repos: Repositories,
  count: number,
): Promise<(email: string) => Promise<string | undefined>> {
  if (count < 100) return async (email) => (await repos.customers.findByEmail(email))?.id;
  const byEmail = new Map((await listAllCustomers(repos)).map((c) => [c.email.toLowerCase(), c.id]));
  return async (email) => byEmail.get(email);
}

/**
 * Cross-record rules zod cannot see: orders name existing customers, variants and payment methods,
 * and no two customers share an email (inside the file or with a different customer already stored).
 */
export async function checkShopReferences(repos: Repositories, doc: ShopDocument): Promise<ImportRowError[]> {
  const errors: ImportRowError[] = [];
  const find = lookups(repos, doc);
  const emails = new Map<string, string>();
  const storedEmail = await storedEmails(repos, doc.customers.length);
  for (const [index, customer] of doc.customers.entries()) {
    const path = `customers[${index}].email`;
    const email = customer.email.toLowerCase();
    const twin = emails.get(email) ?? (await storedEmail(email));
    if (twin !== undefined && twin !== customer.id) {
      errors.push({ path, id: customer.id, message: `email ${customer.email} already belongs to customer ${twin}` });
    }
    emails.set(email, customer.id);
  }
  for (const [index, order] of doc.orders.entries()) {
    const at = `orders[${index}]`;
    const customer = await find.customer(order.customerId);
    if (!customer) {
      errors.push({ path: `${at}.customerId`, id: order.id, message: `unknown customer ${order.customerId}` });
    }
    for (const [i, item] of order.items.entries()) {
      const variant = await find.variant(item.variantId);
      if (!variant) {
        errors.push({
          path: `${at}.items[${i}].variantId`,
          id: order.id,
          message: `unknown variant ${item.variantId}`,
        });
      } else if (variant.productId !== item.productId) {
        const message = `variant ${item.variantId} belongs to product ${variant.productId}, not ${item.productId}`;
        errors.push({ path: `${at}.items[${i}].productId`, id: order.id, message });
      }
    }
    if (!customer) continue;
    const methods = new Set(customer.paymentMethods.map((m) => m.id));
    for (const [i, payment] of order.payments.entries()) {
      if (methods.has(payment.paymentMethodId)) continue;
      const message = `payment method ${payment.paymentMethodId} is not one of customer ${customer.id}'s`;
      errors.push({ path: `${at}.payments[${i}].paymentMethodId`, id: order.id, message });
    }
  }
  return errors;
}
