import { toHalfWidth } from "../../nlu/normalize-text.js";

/** Half-width, Chinese punctuation mapped to ASCII, whitespace collapsed: the form every extractor reads. */
export function cleanInput(text: string): string {
  return toHalfWidth(text)
    .replace(/[，、]/g, ",")
    .replace(/[。]/g, ".")
    .replace(/[：]/g, ":")
    .replace(/[；]/g, ";")
    .replace(/[？]/g, "?")
    .replace(/[！]/g, "!")
    .replace(/[（]/g, "(")
    .replace(/[）]/g, ")")
    .replace(/[\u200b\ufeff]/g, "")
    .replace(/[ \t]+/g, " ")
    .trim();
}

/** True when the text contains a CJK ideograph. */
export function hasHan(text: string): boolean {
  return /[\u3400-\u4dbf\u4e00-\u9fff]/.test(text);
}

const ZH_DIGIT: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  俩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Chinese numerals up to 99 ("三", "十二", "二十五") or Arabic digits; undefined otherwise. */
export function parseZhNumber(raw: string): number | undefined {
  if (/^\d+$/.test(raw)) return Number(raw);
  if (raw.length === 1 && raw in ZH_DIGIT) return ZH_DIGIT[raw];
  const m = raw.match(/^([一二两三四五六七八九])?十([一二三四五六七八九])?$/);
  if (!m) return undefined;
  return (m[1] ? (ZH_DIGIT[m[1]] ?? 1) : 1) * 10 + (m[2] ? (ZH_DIGIT[m[2]] ?? 0) : 0);
}

const EN_NUMBER: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  single: 1,
  two: 2,
  couple: 2,
  pair: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

/** English number words ("two", "a") or digits; undefined otherwise. */
export function parseEnNumber(raw: string): number | undefined {
  const lower = raw.toLowerCase();
  if (/^\d+$/.test(lower)) return Number(lower);
  return EN_NUMBER[lower];
}

/** Levenshtein distance, capped: returns max+1 as soon as it cannot be ≤ max (cheap for typo checks). */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] | undefined;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      // Adjacent transposition ("keybaord") counts as one edit.
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, (prevPrev?.[j - 2] ?? 0) + 1);
      }
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = cur;
  }
  return prev[b.length] ?? max + 1;
}

/** Typo budget for a word of this length: 0 for ≤3 letters, 1 up to 5, 2 beyond. */
export function typoBudget(word: string): number {
  if (word.length <= 3) return 0;
  return word.length <= 5 ? 1 : 2;
}
