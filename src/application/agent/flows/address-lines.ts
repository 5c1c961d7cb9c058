import type { Locale } from "../../../domain/locale.js";

const LABELS: Record<string, [string, string]> = {
  line1: ["Street", "详细地址"],
  line2: ["Apt/Suite", "补充地址"],
  city: ["City", "市"],
  state: ["State", "省"],
  zip: ["Zip", "邮编"],
  country: ["Country", "国家"],
};

/**
 * The address as one line, then field by field, so the shopper sees exactly what will be stored
 * (a sentence stuck in the street or an unsplit "city state" shows at once).
 */
export function addressFieldsText(a: Record<string, string> | undefined, locale: Locale): string {
  if (!a) return "";
  const line = [a.line1, a.line2, a.city, [a.state, a.zip].filter(Boolean).join(" "), a.country]
    .filter(Boolean)
    .join(", ");
  const fields = Object.entries(LABELS)
    .flatMap(([key, [en, zh]]) => (a[key] ? [`${locale === "zh" ? zh : en}: ${a[key]}`] : []))
    .join(" · ");
  return `${line}\n  (${fields})`;
}
