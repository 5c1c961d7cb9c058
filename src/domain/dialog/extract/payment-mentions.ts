import type { PaymentKind } from "../../shop/payment-method.js";
import { editDistance } from "./text.js";

/** One way the shopper referred to a payment method ("the card ending 1234", "my PayPal"). */
export interface PaymentMention {
  kind: PaymentKind;
  brand?: string;
  last4?: string;
  /** Start of the mention in the normalised text, for ordering and negation. */
  at: number;
  /** The shopper moves away from it ("not my PayPal", "不要退到信用卡"). */
  negated: boolean;
}

const BRANDS: readonly [RegExp, string][] = [
  [/\bvisa\b|维萨/g, "visa"],
  [/\bmaster\s?card\b|\bmastercard\b|\bmc\b|万事达/g, "mastercard"],
  [/\bamex\b|\bamerican express\b|美国运通|运通/g, "amex"],
  [/\bdiscover\b/g, "discover"],
  [/\bunion\s?pay\b|银联/g, "unionpay"],
  [/\bjcb\b/g, "jcb"],
];

const KINDS: readonly [RegExp, PaymentKind][] = [
  [/\bpay\s?pal\b|\bpaypa?l+\b|\bpay-pal\b|\bpaypall?\b|\bppal\b|贝宝/g, "paypal"],
  [
    /\bgift\s?-?cards?\b|\bgiftcards?\b|\bgift cert(?:ificate)?\b|\bstore credit\b|礼品卡|购物卡|礼卡|卡余额/g,
    "gift_card",
  ],
  [/\bali\s?pay\b|支付宝/g, "alipay"],
  [/\bwe\s?chat(?:\s?pay)?\b|\bweixin\b|微信(?:支付)?/g, "wechat_pay"],
  [
    /\b(?:credit|debit|bank)\s?cards?\b|(?<!gift\s?-?)\bcards?\b|信用卡|银行卡|借记卡|储蓄卡|(?<!礼品|购物|礼)卡(?!余额)/g,
    "credit_card",
  ],
];

const LAST4 =
  /(?:ending(?:\s+(?:in|with))?|ends?\s+(?:in|with)|last\s+(?:4|four)(?:\s+digits?)?(?:\s+(?:is|are|of))?|尾号(?:是|为)?|末四位(?:是)?|后四位(?:是)?|[*x•]{2,}\s*|#)\s*:?\s*(\d{4})(?!\d)/g;
const NEGATION =
  /(?:\b(?:not|no|don'?t|do not|never|instead of|rather than|other than|except|but not)\s+(?:\w+\s+){0,3}$)|(?:不要|不用|别|不是|不想|而不是)[^,.;!?]{0,6}$/;

function isPaypalTypo(word: string): boolean {
  return word.length >= 5 && word.includes("l") && word !== "pedal" && editDistance(word, "paypal", 2) <= 2;
}

/** Finds every payment reference in normalised (half-width, lower-case) text. */
export function paymentMentions(norm: string): PaymentMention[] {
  const found: PaymentMention[] = [];
  const negatedAt = (at: number) => NEGATION.test(norm.slice(Math.max(0, at - 30), at).replace(/^.*[,.;!?]\s*/, ""));
  for (const [pattern, kind] of KINDS) {
    for (const m of norm.matchAll(pattern)) {
      const at = m.index ?? 0;
      if (
        found.some((f) => f.at === at || (kind === "credit_card" && Math.abs(f.at - at) < 10 && f.kind === "gift_card"))
      ) {
        continue;
      }
      found.push({ kind, at, negated: negatedAt(at) });
    }
  }
  // "pyapal", "pypal", "payapl", "papal": PayPal with a slip or two (never "payday", "papers").
  for (const m of norm.matchAll(/\bp[a-z]{3,6}\b/g)) {
    const at = m.index ?? 0;
    if (found.some((f) => f.at === at) || !isPaypalTypo(m[0])) continue;
    found.push({ kind: "paypal", at, negated: negatedAt(at) });
  }
  for (const [pattern, brand] of BRANDS) {
    for (const m of norm.matchAll(pattern)) {
      const at = m.index ?? 0;
      const card = found.find((f) => f.kind === "credit_card" && f.at > at && f.at - at < 20);
      if (card) card.brand = brand;
      else found.push({ kind: "credit_card", brand, at, negated: negatedAt(at) });
    }
  }
  for (const m of norm.matchAll(LAST4)) {
    const at = m.index ?? 0;
    const last4 = m[1] ?? "";
    const card = found
      .filter((f) => f.kind === "credit_card" && !f.last4 && Math.abs(at - f.at) < 40)
      .sort((a, b) => Math.abs(at - a.at) - Math.abs(at - b.at))[0];
    if (card) card.last4 = last4;
    else found.push({ kind: "credit_card", last4, at, negated: negatedAt(at) });
  }
  return found.sort((a, b) => a.at - b.at);
}
