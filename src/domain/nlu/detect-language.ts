import type { Locale } from "../locale.js";
import { isHan, isLatinLetter } from "./normalize-text.js";

/**
 * Chinese or English from script counts. One Han character carries about as much as a short
 * English word, so Han characters weigh 4 letters; texts with too little script to judge
 * ("ok", "#W2378156", "👍") follow the hint, then default to English.
 */
export function detectLanguage(text: string, hint?: Locale): Locale {
  let han = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isHan(code)) han++;
    else if (isLatinLetter(code) || (code >= 0xff21 && code <= 0xff5a)) latin++;
  }
  if (han === 0 && latin === 0) return hint ?? "en";
  if (han * 4 >= latin) return han > 0 ? "zh" : (hint ?? "en");
  if (hint === "zh" && latin <= 3) return "zh";
  return "en";
}
