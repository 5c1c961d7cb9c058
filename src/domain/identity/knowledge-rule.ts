import type { IdentityFacts } from "./identity-facts.js";
import type { KnowledgeRule } from "./identity-settings.js";

/** One combination of facts the rule accepts as proof; each is checked against the store as a whole. */
export type Proof =
  | { kind: "email_order"; email: string; orderId: string }
  | { kind: "phone_order"; phone: string; orderId: string }
  | { kind: "name_zip_contact"; firstName: string; lastName: string; zip: string; email?: string; phone?: string }
  | { kind: "name_zip_order"; firstName: string; lastName: string; zip: string; orderId: string }
  | { kind: "email"; email: string }
  | { kind: "name_zip"; firstName: string; lastName: string; zip: string };

/** The proofs the gathered facts complete under `rule`, strongest first; empty means "ask for more". */
export function completeProofs(rule: KnowledgeRule, f: IdentityFacts): Proof[] {
  const proofs: Proof[] = [];
  const named =
    f.firstName && f.lastName && f.zip ? { firstName: f.firstName, lastName: f.lastName, zip: f.zip } : null;
  if (rule === "tau2") {
    if (f.email) proofs.push({ kind: "email", email: f.email });
    if (named) proofs.push({ kind: "name_zip", ...named });
    return proofs;
  }
  if (f.email && f.orderId) proofs.push({ kind: "email_order", email: f.email, orderId: f.orderId });
  if (f.phone && f.orderId) proofs.push({ kind: "phone_order", phone: f.phone, orderId: f.orderId });
  if (named && (f.email || f.phone)) {
    proofs.push({
      kind: "name_zip_contact",
      ...named,
      ...(f.email ? { email: f.email } : {}),
      ...(f.phone ? { phone: f.phone } : {}),
    });
  }
  if (named && f.orderId) proofs.push({ kind: "name_zip_order", ...named, orderId: f.orderId });
  return proofs;
}

/** What to ask for next when the facts do not complete a proof yet. */
export type MissingFact = "second_fact" | "contact_or_order" | "zip" | "identifier";

export function missingFact(rule: KnowledgeRule, f: IdentityFacts): MissingFact {
  if (f.firstName && !f.zip) return "zip";
  if (rule === "tau2") return "identifier";
  // Name and zip are there: only an email, a phone or an order number is missing.
  if (f.firstName && f.lastName && f.zip) return "contact_or_order";
  return f.email || f.phone || f.firstName || f.orderId ? "second_fact" : "identifier";
}

const digits = (s: string | undefined) => (s ?? "").replace(/\D/g, "");

/** Same phone when the digits agree, allowing a country code on one side only ("+86 138…" vs "138…"). */
export function samePhone(a: string | undefined, b: string | undefined): boolean {
  const x = digits(a);
  const y = digits(b);
  if (x.length < 7 || y.length < 7) return false;
  return x === y || (x.length > y.length ? x.endsWith(y) : y.endsWith(x));
}

export const sameEmail = (a: string | undefined, b: string | undefined): boolean =>
  Boolean(a && b && a.trim().toLowerCase() === b.trim().toLowerCase());

/** Order numbers compare without the "#" and case the shopper typed. */
export const sameOrderId = (a: string, b: string): boolean =>
  a.replace(/^#/, "").toUpperCase() === b.replace(/^#/, "").toUpperCase();
