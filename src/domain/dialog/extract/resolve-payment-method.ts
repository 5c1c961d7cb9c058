import { normalizeText } from "../../nlu/normalize-text.js";
import type { PaymentMethod } from "../../shop/payment-method.js";
import { type PaymentMention, paymentMentions } from "./payment-mentions.js";
import { cleanInput } from "./text.js";

/** What the text says about which of the shopper's payment methods to use. */
export type PaymentResolution =
  /** One saved method fits; `original` when the shopper asked for the original payment method. */
  | { kind: "matched"; method: PaymentMethod; original?: boolean }
  /** The shopper asked for the original method but it is not known here: use the order's payment. */
  | { kind: "original" }
  /** Several saved methods fit one reference ("my card" with two cards): ask which. */
  | { kind: "ambiguous"; candidates: PaymentMethod[] }
  /** The shopper named two or more methods ("both", "PayPal and the gift card"): ask to pick one. */
  | { kind: "both"; candidates: PaymentMethod[] }
  /** The shopper named a method they do not have ("PayPal" without a PayPal account, "ending 9999"). */
  | { kind: "not_on_file"; mention: string }
  /** No payment method is mentioned. */
  | { kind: "none" };

const ORIGINAL =
  /\boriginal(?:\s+(?:payment|form|card|method|way|account))*\b|\bsame\s+(?:card|method|way|account|payment)(?:\s+(?:i|as i)\s+(?:paid|used))?|\b(?:back\s+)?(?:to\s+)?(?:the\s+)?(?:card|method|way)\s+i\s+(?:paid|used)\b|\bwhere\s+it\s+came\s+from\b|原路|原支付方式|原付款方式|原来的(?:支付方式|付款方式|卡|账户)|怎么付的就?怎么退|付款时的(?:卡|方式)/;
const BOTH = /\bboth\b|\bsplit\b|\bhalf (?:and|&) half\b|两个都|都用|各一半|分开付|一半一半/;

function describe(m: PaymentMention): string {
  if (m.last4) return `card ending ${m.last4}`;
  if (m.brand) return m.brand;
  return m.kind;
}

function fits(method: PaymentMethod, m: PaymentMention): boolean {
  if (method.kind !== m.kind) return false;
  if (m.last4 && method.last4 !== m.last4) return false;
  if (m.brand && (method.brand ?? "").toLowerCase() !== m.brand) return false;
  return true;
}

/**
 * Resolves what a shopper said ("my PayPal", "the card ending 1234", "visa", "礼品卡", "原路退回", "not PayPal,
 * the gift card") against their saved methods. `originalMethodIds` are the methods that paid the order, so
 * "original payment method" resolves to one of them.
 */
export function resolvePaymentMethod(
  text: string,
  methods: readonly PaymentMethod[],
  originalMethodIds: readonly string[] = [],
): PaymentResolution {
  const norm = normalizeText(cleanInput(text));
  const original = norm.match(ORIGINAL);
  // "the card I paid with" names the original method, not any card.
  const rest = original ? norm.replace(ORIGINAL, (s) => " ".repeat(s.length)) : norm;
  const mentions = paymentMentions(rest).filter((m) => !m.negated);
  if (original && mentions.length === 0) {
    const originals = methods.filter((m) => originalMethodIds.includes(m.id));
    const [first] = originals;
    if (originals.length === 1 && first) return { kind: "matched", method: first, original: true };
    if (originals.length > 1) return { kind: "ambiguous", candidates: originals };
    return { kind: "original" };
  }
  if (mentions.length === 0) return { kind: "none" };
  const groups = mentions.map((m) => ({ m, fit: methods.filter((method) => fits(method, m)) }));
  const missing = groups.find((g) => g.fit.length === 0);
  if (missing && groups.every((g) => g.fit.length === 0)) return { kind: "not_on_file", mention: describe(missing.m) };
  const fitting = new Set(groups.flatMap((g) => g.fit));
  // Listed in the shopper's wallet order so the bot's question is stable.
  const all = methods.filter((m) => fitting.has(m));
  const distinctRefs = new Set(groups.filter((g) => g.fit.length > 0).map((g) => g.fit.map((f) => f.id).join("|")));
  const [only] = all;
  if (all.length === 1 && only) return { kind: "matched", method: only };
  if (distinctRefs.size >= 2 || BOTH.test(norm)) return { kind: "both", candidates: all };
  return { kind: "ambiguous", candidates: all };
}
