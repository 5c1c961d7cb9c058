import type { Locale } from "../../domain/locale.js";

const HAN_RUN = /\p{Script=Han}+/gu;
const HAN = /\p{Script=Han}/u;
const LATIN_WORD = /[A-Za-z]{2,}/;

/**
 * The language a reply is written in: zh when it has Chinese characters of its own, en when it has only Latin
 * words. Chinese runs quoted from `echoes` (what the shopper wrote, names and addresses on file) do not count, so an
 * English confirmation of a Chinese address is still English.
 */
export function replyLanguage(text: string, echoes: readonly string[] = []): Locale | undefined {
  const own = text.replace(HAN_RUN, (run) => (echoes.some((e) => e.includes(run)) ? " " : run));
  if (HAN.test(own)) return "zh";
  // Bare order numbers or amounts say nothing about the language.
  return LATIN_WORD.test(own) ? "en" : undefined;
}
