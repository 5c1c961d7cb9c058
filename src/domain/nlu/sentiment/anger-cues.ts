import { normalizeText } from "../normalize-text.js";
import { lexiconScore } from "./sentiment-lexicon.js";

/**
 * Abuse and escalation words that mark an angry shopper whatever the model says. A plain "投诉"
 * (complaint) is not one: it asks for the complaint flow, like "complaint" in English.
 */
const ANGER_WORDS_EN =
  /\b(scam|scammers?|fraud|rip[- ]?off|ridiculous|unacceptable|disgusting|pathetic|useless|idiots?|stupid|wtf|damn|shit|crap|fuck\w*|lawyer|sue you|report you|never again|worst)\b/i;
const ANGER_WORDS_ZH =
  /垃圾|骗子|骗人|坑人|黑店|滚|傻|妈的|去死|曝光|12315|消协|举报|太过分|气死|恶心|无耻|欺诈|报警|差评/;

/** An email or order number: caps lock while typing details, not shouting. */
const DETAILS = /[\w.+-]+@[\w-]+\.[\w.]+|#?\bW\d{7}\b/i;

/** Demands and impatience that turn capitals into shouting ("I WANT MY MONEY BACK NOW"). */
const URGENCY = /\b(now|asap|immediately|again|still|forever|already|yet)\b|马上|立刻|立即|赶紧|到底|还没/i;

/**
 * True when a message shows anger: abuse or escalation words, three or more exclamation marks,
 * or mostly upper-case Latin text of some length that shouts: with an exclamation mark, a demand
 * ("NOW", "AGAIN") or negative words, and not just details typed in caps. Caps lock alone is a
 * way of typing ("WHERE'S MY PACKAGE?", "我叫FATIMA BROWN"), not anger.
 */
export function hasAngerCue(original: string): boolean {
  if (ANGER_WORDS_EN.test(original) || ANGER_WORDS_ZH.test(original)) return true;
  if ((original.match(/[!！]/g)?.length ?? 0) >= 3) return true;
  const letters = original.match(/[A-Za-z]/g) ?? [];
  if (letters.length >= 8) {
    const upper = letters.filter((c) => c >= "A" && c <= "Z").length;
    const shoutedWords = original.match(/\b[A-Z]{3,}\b/g)?.length ?? 0;
    const shouted = upper / letters.length > 0.7 && shoutedWords >= 2;
    if (!shouted) return false;
    if (/[!！]/.test(original)) return true;
    const demanding = URGENCY.test(original) || lexiconScore(normalizeText(original)) < 0;
    if (demanding && !DETAILS.test(original)) return true;
  }
  return false;
}
