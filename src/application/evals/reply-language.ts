import type { Locale } from "../../domain/locale.js";

const HAN = /\p{Script=Han}/u;
const LATIN_WORD = /[A-Za-z]{2,}/;

/** The language a reply is written in: zh when it has Chinese characters, en when it has only Latin words. */
export function replyLanguage(text: string): Locale | undefined {
  if (HAN.test(text)) return "zh";
  // Bare order numbers or amounts say nothing about the language.
  return LATIN_WORD.test(text) ? "en" : undefined;
}
