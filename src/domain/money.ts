/** Amounts are integer minor units (cents/分) so sums and differences are exact. */
export type Cents = number;

/** Converts a decimal amount such as 50.88 to 5088, rounding half away from zero. */
export function toCents(amount: number): Cents {
  return Math.sign(amount) * Math.round(Math.abs(amount) * 100);
}

/** Converts minor units back to a decimal amount for display or export. */
export function fromCents(cents: Cents): number {
  return cents / 100;
}

/** Formats for a locale: `$50.88` / `¥50.88`. */
export function formatMoney(cents: Cents, currency: string, locale: "en" | "zh"): string {
  return new Intl.NumberFormat(locale === "zh" ? "zh-CN" : "en-US", { style: "currency", currency }).format(
    fromCents(cents),
  );
}
