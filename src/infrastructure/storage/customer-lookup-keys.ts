import type { FieldCipher } from "../../application/ports/field-cipher.js";
import type { Customer } from "../../domain/shop/customer.js";

/** Only digits, so phone numbers match whatever punctuation the shopper typed. */
export function phoneDigits(phone: string | undefined): string | null {
  const digits = phone?.replace(/\D/g, "") ?? "";
  return digits.length > 0 ? digits : null;
}

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export function normaliseNameZip(firstName: string, lastName: string, zip: string): string {
  return [firstName, lastName, zip].map((part) => part.trim().toLowerCase()).join("\n");
}

/** Blind-index purposes: one hash space per field, so equal strings in two fields never collide. */
export const LOOKUP = {
  email: "customer.email",
  phone: "customer.phone",
  nameZip: "customer.name_zip",
  search: "customer.search",
} as const;

/** Whole words an admin may search a customer by: each name, the full name both ways round, email, phone. */
export function searchTerms(customer: Customer): string[] {
  const first = customer.firstName.trim().toLowerCase();
  const last = customer.lastName.trim().toLowerCase();
  const words = `${first} ${last}`.split(/\s+/).filter((w) => w.length > 0);
  const digits = phoneDigits(customer.phone);
  const terms = [...words, `${first} ${last}`.trim(), `${last}${first}`, normaliseEmail(customer.email)];
  if (digits) terms.push(digits);
  return [...new Set(terms.filter((t) => t.length > 0))];
}

/** Search tokens are short (64-bit) keyed hashes: enough to find a row, useless to guess a value offline. */
export function searchToken(hash: string): string {
  return hash.slice(0, 16);
}

/** The customer's blind-index columns under the cipher's current key. */
export function customerLookupColumns(cipher: FieldCipher, customer: Customer) {
  const digits = phoneDigits(customer.phone);
  return {
    email_bidx: cipher.blindIndex(LOOKUP.email, normaliseEmail(customer.email)),
    phone_bidx: digits ? cipher.blindIndex(LOOKUP.phone, digits) : null,
    name_zip_bidx: cipher.blindIndex(
      LOOKUP.nameZip,
      normaliseNameZip(customer.firstName, customer.lastName, customer.defaultAddress.zip),
    ),
    search_bidx: ` ${searchTerms(customer)
      .map((term) => searchToken(cipher.blindIndex(LOOKUP.search, term)))
      .join(" ")} `,
  };
}
