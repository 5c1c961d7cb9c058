import type { Locale } from "../locale.js";

const CJK = /[\u4e00-\u9fff]/g;
const ZH_ADDRESS_RUN = /[\u4e00-\u9fff\d]*(?:省|市|区|县|路|街|号|室|弄|巷)[\u4e00-\u9fff\d]*/g;
const WORD = /\b[a-z]{2,}\b/gi;
/** Latin words that say nothing about the shopper's language (ids, brands, button values). */
const NEUTRAL =
  /^(?:ok|okay|id|sku|usd|cny|rmb|paypal|visa|mastercard|amex|iphone|ipad|usb|led|item|addr|order|no|yes)$/i;

/**
 * The reply language of a turn. The conversation keeps its language: button values ("item:0"),
 * ids, emails, numbers and a stray English word in a Chinese chat do not switch it; a message
 * clearly written in the other language does.
 */
export function turnLocale(
  current: Locale,
  text: string,
  detected: Locale,
  choiceValues: readonly string[] = [],
): Locale {
  const t = text.trim();
  if (choiceValues.includes(t)) return current;
  // A Chinese address quoted in an English chat ("change the address to 北京市朝阳区建国路88号") is data, not a switch.
  const withoutAddress = current === "en" ? t.replace(ZH_ADDRESS_RUN, " ") : t;
  const cjk = (withoutAddress.match(CJK) ?? []).length;
  const stripped = t.replace(/\S+@\S+/g, " ").replace(/#?\b[a-z]*\d[\w-]*\b/gi, " ");
  const words = (stripped.match(WORD) ?? []).filter((w) => !NEUTRAL.test(w));
  if (current === "zh") return cjk === 0 && words.length >= 2 && detected === "en" ? "en" : "zh";
  return cjk >= 2 && cjk >= words.length ? "zh" : "en";
}
