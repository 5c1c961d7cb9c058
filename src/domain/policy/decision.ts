import type { Bilingual } from "./shop-policy.js";

/** One evaluated clause of the policy: the bot's and the console's "why". */
export interface RuleResult {
  rule: string;
  passed: boolean;
  /** The engine's note in English (ids and figures as recorded). */
  detail: string;
  /** The same note in Chinese, for the console in Chinese; absent where the note is only ids. */
  detailZh?: string;
}

/** Stable refusal codes; the dialog and the console key their wording on them. */
export type RefusalCode =
  | "ORDER_STATUS_NOT_ALLOWED"
  | "INVALID_REASON"
  | "NOTHING_SELECTED"
  | "ITEM_NOT_IN_ORDER"
  | "ALREADY_MODIFIED"
  | "VARIANT_NOT_FOUND"
  | "DIFFERENT_PRODUCT"
  | "SAME_VARIANT"
  | "VARIANT_UNAVAILABLE"
  | "INVALID_PAYMENT_METHOD"
  | "SAME_PAYMENT_METHOD"
  | "MULTIPLE_PAYMENTS"
  | "GIFT_CARD_BALANCE_INSUFFICIENT"
  | "INVALID_REFUND_METHOD"
  | "DELIVERY_DATE_UNKNOWN"
  | "RETURN_WINDOW_EXPIRED"
  | "EXCHANGE_WINDOW_EXPIRED"
  | "QUALITY_ISSUE_REQUIRED"
  /** A platform order's swap that would leave a balance on the shop platform (checked outside the policy). */
  | "PLATFORM_PRICE_DIFFERENCE";

/** The policy's verdict: a plan to execute, or a coded refusal with a bilingual reason. */
export type Decision<P> =
  | { allowed: true; rules: RuleResult[]; plan: P }
  | { allowed: false; rules: RuleResult[]; code: RefusalCode; reason: Bilingual };

/** A refusal of any decision, whatever its plan type. */
export type Refusal = Extract<Decision<unknown>, { allowed: false }>;

/** Collects rule results in evaluation order; a decision stops at its first failed rule. */
export class RuleLog {
  readonly rules: RuleResult[] = [];

  check(rule: string, passed: boolean, detail: string | Bilingual): boolean {
    this.rules.push(
      typeof detail === "string" ? { rule, passed, detail } : { rule, passed, detail: detail.en, detailZh: detail.zh },
    );
    return passed;
  }

  refuse(code: RefusalCode, reason: Bilingual): Refusal {
    return { allowed: false, rules: this.rules, code, reason };
  }

  allow<P>(plan: P): Decision<P> {
    return { allowed: true, rules: this.rules, plan };
  }
}
