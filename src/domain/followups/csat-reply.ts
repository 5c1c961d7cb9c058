const ZH_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5 };

/**
 * Reads a 1–5 rating from a shopper's reply to a CSAT survey: "5", "4分", "五星", "★★★★",
 * "3/5", "rating: 4". Anything else (or a number outside 1–5) is no rating.
 */
export function parseCsatReply(text: string): number | undefined {
  const t = text.trim();
  if (t.length === 0 || t.length > 20) return undefined;
  const stars = t.match(/^[★⭐]{1,5}$/u);
  if (stars) return [...t].length;
  const digit = t.match(/^(?:rating[:：]?\s*)?([1-5])(?:\s*(?:\/\s*5|分|星|stars?|points?))?[.!。！]?$/i);
  if (digit?.[1]) return Number(digit[1]);
  const zh = t.match(/^([一二两三四五])\s*(?:分|星)[。！!]?$/);
  if (zh?.[1]) return ZH_DIGITS[zh[1]];
  return undefined;
}
