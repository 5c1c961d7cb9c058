import { isHan, isLatinLetter } from "./normalize-text.js";
import type { Segmenter } from "./segmenter.js";

/** A token of a normalised message. */
export interface Token {
  text: string;
  kind: "han" | "latin" | "number" | "punct";
}

const WORD_JOINERS = new Set(["'", "-", "_", "#", "@", "."]);

/** Punctuation that carries intent or tone; other symbols are dropped. */
const KEPT_PUNCT = new Set(["?", "!", "？", "！", "¥", "$", "~"]);

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Splits normalised text into Latin/number words and Han words (via the segmenter); digit-heavy
 * tokens of 5+ chars (order ids, phones) become "<id>" so the classifier learns their role, not
 * their value.
 */
export function tokenize(text: string, segmenter: Segmenter): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (isHan(code)) {
      let j = i + 1;
      while (j < text.length && isHan(text.charCodeAt(j))) j++;
      for (const word of segmenter.cut(text.slice(i, j))) {
        if (word.trim() !== "") tokens.push({ text: word, kind: "han" });
      }
      i = j;
    } else if (isLatinLetter(code) || isDigit(code) || code === 35) {
      let j = i + 1;
      while (j < text.length) {
        const c = text.charCodeAt(j);
        if (isLatinLetter(c) || isDigit(c)) j++;
        else if (WORD_JOINERS.has(text.charAt(j)) && j + 1 < text.length && isAlnum(text.charCodeAt(j + 1))) j++;
        else break;
      }
      tokens.push(classifyWord(text.slice(i, j)));
      i = j;
    } else {
      const ch = text.charAt(i);
      if (KEPT_PUNCT.has(ch)) tokens.push({ text: ch === "？" ? "?" : ch === "！" ? "!" : ch, kind: "punct" });
      i++;
    }
  }
  return tokens;
}

function isAlnum(code: number): boolean {
  return isLatinLetter(code) || isDigit(code);
}

function classifyWord(word: string): Token {
  let digits = 0;
  for (let k = 0; k < word.length; k++) if (isDigit(word.charCodeAt(k))) digits++;
  if (digits > 0 && word.length >= 5) return { text: "<id>", kind: "number" };
  if (digits === word.replace(/[.#]/g, "").length) return { text: `<num${Math.min(digits, 4)}>`, kind: "number" };
  return { text: word, kind: "latin" };
}
