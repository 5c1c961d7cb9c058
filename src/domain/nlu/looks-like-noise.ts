import { isHan, isLatinLetter, normalizeText } from "./normalize-text.js";

const KEY_ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];
const VOWELS = new Set(["a", "e", "i", "o", "u", "y"]);

/** Share of adjacent letter pairs that sit next to each other on one keyboard row. */
function keyboardAdjacency(word: string): number {
  let adjacent = 0;
  for (let i = 1; i < word.length; i++) {
    const a = word.charAt(i - 1);
    const b = word.charAt(i);
    if (KEY_ROWS.some((row) => Math.abs(row.indexOf(a) - row.indexOf(b)) === 1 && row.includes(a) && row.includes(b))) {
      adjacent++;
    }
  }
  return word.length < 2 ? 0 : adjacent / (word.length - 1);
}

/** A long Latin word no shopper writes: no vowels, a keyboard-row run, or a short chunk repeated. */
function isMashedWord(word: string): boolean {
  if (word.length < 6) return false;
  let vowels = 0;
  for (const ch of word) if (VOWELS.has(ch)) vowels++;
  if (vowels === 0) return true;
  if (keyboardAdjacency(word) >= 0.7) return true;
  return /^(.{1,3})\1{2,}$/.test(word);
}

/**
 * Character-level noise check for messages no intent model should score: only punctuation,
 * one or two characters repeated ("啊啊啊啊", "jkjkjk"), or mashed Latin words ("asdfghjkl").
 * Digits count as content, so a bare order number is never noise.
 */
export function looksLikeNoise(text: string): boolean {
  const normalized = normalizeText(text);
  let content = "";
  for (const ch of normalized) {
    const code = ch.charCodeAt(0);
    if (isHan(code) || isLatinLetter(code) || (code >= 48 && code <= 57)) content += ch;
  }
  if (content === "") return normalized.trim() !== "";
  if (content.length >= 4 && new Set(content).size <= 2) return true;
  const words = normalized.split(/[^a-z]+/).filter((w) => w !== "");
  const latinOnly = words.join("").length === content.length;
  return latinOnly && words.length > 0 && words.every(isMashedWord);
}
