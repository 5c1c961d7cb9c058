import type { Locale } from "../../locale.js";

/** Why an item was recommended; rendered in the shopper's language by `reasonText`. */
export type ReasonBasis =
  | { kind: "co_purchase"; basedOn: string; afterReturn: boolean }
  | { kind: "similar"; basedOn: string; shared: string[]; afterReturn: boolean }
  | { kind: "popular" };

function describeFeature(feature: string, locale: Locale): string | undefined {
  const [kind, rest = ""] = feature.split(/:(.*)/s);
  if (kind === "cat") return locale === "zh" ? "同类商品" : "same category";
  if (kind === "name") return locale === "zh" ? "名称相近" : "similar name";
  if (kind === "opt") return locale === "zh" ? `同样可选${rest}` : `also comes in different ${rest}s`;
  if (kind === "val" || kind === "attr") {
    const [key = "", value = ""] = rest.split("=");
    return locale === "zh" ? `${key}：${value}` : `${key}: ${value}`;
  }
  return undefined;
}

/** A short, human-readable reason in English or Chinese. */
export function reasonText(basis: ReasonBasis, locale: Locale, nameOf: (productId: string) => string): string {
  if (basis.kind === "popular") return locale === "zh" ? "店内热销商品" : "Popular with our shoppers";
  const name = nameOf(basis.basedOn);
  if (basis.kind === "co_purchase") {
    if (basis.afterReturn) return locale === "zh" ? `常与「${name}」搭配购买` : `Often bought together with ${name}`;
    return locale === "zh" ? `买过「${name}」的顾客也买了它` : `Shoppers who bought ${name} also bought this`;
  }
  const details = basis.shared.flatMap((f) => describeFeature(f, locale) ?? []);
  const suffix = details.length === 0 ? "" : locale === "zh" ? `（${details.join("，")}）` : ` (${details.join(", ")})`;
  if (basis.afterReturn) return locale === "zh" ? `可替代「${name}」${suffix}` : `A replacement for ${name}${suffix}`;
  return locale === "zh" ? `与您买过的「${name}」相似${suffix}` : `Similar to your ${name}${suffix}`;
}
