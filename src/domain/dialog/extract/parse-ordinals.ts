import { normalizeText } from "../../nlu/normalize-text.js";
import { cleanInput, editDistance, parseZhNumber } from "./text.js";

/** Positions a shopper pointed at: 1-based from the start, negative from the end (-1 = last). */
export interface OrdinalMention {
  positions: number[];
  /** "all", "both", "全部", "两个都", "everything". */
  all: boolean;
  /** "both" / "两个都" specifically: the shopper expects exactly two things. */
  both: boolean;
}

const EN_ORDINAL: Record<string, number> = {
  first: 1,
  "1st": 1,
  second: 2,
  "2nd": 2,
  third: 3,
  "3rd": 3,
  fourth: 4,
  "4th": 4,
  fifth: 5,
  "5th": 5,
  sixth: 6,
  "6th": 6,
  seventh: 7,
  "7th": 7,
  eighth: 8,
  "8th": 8,
  ninth: 9,
  "9th": 9,
  tenth: 10,
  "10th": 10,
  former: 1,
  top: 1,
  latter: -1,
  last: -1,
  bottom: -1,
};
const ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
/** Real words one slip away from an ordinal: "the fifty one" is a price or a size, not the fifth. */
const NEAR_ORDINALS = new Set(["forty", "fourty", "fifty", "sixty", "seventy", "eighty", "ninety", "thirty"]);

/**
 * "the thrd item", "the sceond one", "the frist item": an ordinal typed with one slip (two for the longer words),
 * read only between "the" and "item"/"one"/"product", where nothing else fits. Same first letter, like every typo
 * the extractors accept.
 */
function fixOrdinalTypos(t: string): string {
  return t.replace(
    /\b(the\s+)([a-z]{4,8})(\s+(?:items?|ones?|products?|things?|pieces?)\b)/g,
    (whole, the, word, tail) => {
      if (ORDINAL_WORDS.includes(word) || NEAR_ORDINALS.has(word)) return whole;
      const fixed = ORDINAL_WORDS.find((o) => o[0] === word[0] && editDistance(word, o, 2) <= (o.length <= 5 ? 1 : 2));
      return fixed ? `${the}${fixed}${tail}` : whole;
    },
  );
}

const EN_COUNT: Record<string, number> = { two: 2, three: 3, four: 4, "2": 2, "3": 3, "4": 4 };

const BOTH = /\bboth\b|两个都|两件都|两样都|俩都|两个全|两单都/;
const ALL =
  /\b(?:(?<!that'?s |that is |is that )all(?! set| good| right)|everything|every (?:item|one)|the whole (?:order|lot)|each of them)\b|全部|所有|全都|都要|都退|都换|统统|全退|全换/;

/**
 * Reads ordinal references: "the second one", "2nd", "last one", "second to last", "first two", "item 2 and 3",
 * "#2", "第二个", "倒数第二", "前两个", "最后一件", "后者", plus all/both. Ignores quantities ("2 of the shirts").
 */
export function parseOrdinals(text: string): OrdinalMention {
  const t = fixOrdinalTypos(normalizeText(cleanInput(text)).replace(/#?w\d{7}\b/g, " "));
  const positions: number[] = [];
  const both = BOTH.test(t);
  const all = both || ALL.test(t);

  for (const m of t.matchAll(/\b(first|top|last|bottom)\s+(two|three|four|2|3|4)\b/g)) {
    const n = EN_COUNT[m[2] ?? ""] ?? 0;
    for (let i = 1; i <= n; i++) positions.push(m[1] === "last" || m[1] === "bottom" ? -i : i);
  }
  for (const m of t.matchAll(/(?:前|头)([两二三四2-4])(?:个|件|样|单|款)/g)) {
    const n = parseZhNumber(m[1] ?? "") ?? 0;
    for (let i = 1; i <= n; i++) positions.push(i);
  }
  for (const m of t.matchAll(/\b(second|2nd|third|3rd)(?:\s+|-)(?:to|from)(?:\s+|-)(?:the\s+)?last\b/g)) {
    positions.push(m[1]?.startsWith("s") || m[1] === "2nd" ? -2 : -3);
  }
  const stripped = t
    .replace(/\b(first|top|last|bottom)\s+(two|three|four|2|3|4)\b/g, " ")
    .replace(/\b(second|2nd|third|3rd)(?:\s+|-)(?:to|from)(?:\s+|-)(?:the\s+)?last\b/g, " ");
  for (const m of stripped.matchAll(
    /\b(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|sixth|6th|seventh|7th|eighth|8th|ninth|9th|tenth|10th|former|latter|last|bottom)\b/g,
  )) {
    // "at last", "last week/time/order I placed" are not positions.
    const after = stripped.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 8);
    if (m[1] === "last" && /^\s*(?:week|month|year|time|night|order i|purchase)/.test(after)) continue;
    positions.push(EN_ORDINAL[m[1] ?? ""] ?? 0);
  }
  for (const m of t.matchAll(/倒数第\s*([一二两三四五六七八九十]|\d{1,2})/g)) {
    positions.push(-(parseZhNumber(m[1] ?? "") ?? 0));
  }
  for (const m of t.matchAll(/(?<!倒数)第\s*([一二两三四五六七八九十]{1,3}|\d{1,2})/g)) {
    positions.push(parseZhNumber(m[1] ?? "") ?? 0);
  }
  if (/最后(?:一|那)?(?:个|件|样|单|款|项|条)?/.test(t) && !/最后一次/.test(t)) positions.push(-1);
  if (/前者/.test(t)) positions.push(1);
  if (/后者/.test(t)) positions.push(-1);
  // Numbers after an explicit cue: "item 2", "#2", "number 3", "option 1 and 3", "2号"? no: 号 is a size.
  for (const m of t.matchAll(
    /(?:\b(?:items?|numbers?|no\.?|options?|choices?|lines?)|#)\s*(\d{1,2}(?:\s*(?:,|and|&|\+|和|跟)\s*\d{1,2})*)\b/g,
  )) {
    for (const d of (m[1] ?? "").matchAll(/\d{1,2}/g)) positions.push(Number(d[0]));
  }
  // A reply that is only a number ("2", "2 pls", "the 2nd one") picks that position.
  const bare = t.match(/^\s*(?:the\s+)?(\d{1,2})(?:\s*(?:please|pls|plz|thanks|thx|one|号|个|件))?[\s.!?]*$/);
  if (bare) positions.push(Number(bare[1]));
  for (const m of t.matchAll(/(?<![\d.])(\d{1,2})\s*(?:和|跟|、|,)\s*(\d{1,2})(?![\d.])\s*(?:个|件|号)?/g)) {
    if (/^\s*[\d\s和跟、,个件号]+[\s.!?]*$/.test(t)) positions.push(Number(m[1]), Number(m[2]));
  }
  return { positions: [...new Set(positions.filter((p) => p !== 0))], all, both };
}

/** 0-based indexes into a list of `length` for the mentioned positions; out-of-range ones are dropped. */
export function resolvePositions(positions: readonly number[], length: number): number[] {
  const out: number[] = [];
  for (const p of positions) {
    const index = p > 0 ? p - 1 : length + p;
    if (index >= 0 && index < length && !out.includes(index)) out.push(index);
  }
  return out;
}
