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

/**
 * True when a message shows anger: abuse or escalation words, three or more exclamation marks,
 * or mostly shouted (upper-case) Latin text of some length that is not just details typed in caps.
 */
export function hasAngerCue(original: string): boolean {
  if (ANGER_WORDS_EN.test(original) || ANGER_WORDS_ZH.test(original)) return true;
  if ((original.match(/[!！]/g)?.length ?? 0) >= 3) return true;
  const letters = original.match(/[A-Za-z]/g) ?? [];
  if (letters.length >= 8) {
    const upper = letters.filter((c) => c >= "A" && c <= "Z").length;
    const shoutedWords = original.match(/\b[A-Z]{3,}\b/g)?.length ?? 0;
    const shouted = upper / letters.length > 0.7 && shoutedWords >= 2;
    if (shouted && (/[!！]/.test(original) || !DETAILS.test(original))) return true;
  }
  return false;
}
