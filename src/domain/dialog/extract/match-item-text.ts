import { GENERIC_OPTION_VALUES, optionSurfaces } from "../../nlu/entities/option-synonyms.js";
import { PRODUCT_ALIASES } from "../../nlu/entities/product-aliases.js";
import { normalizeText } from "../../nlu/normalize-text.js";
import { cleanInput, editDistance, typoBudget } from "./text.js";

/** What extractors need to know about an order line or a product variant. */
export interface ItemLike {
  name: string;
  /** Chinese product name, when the catalogue has one. */
  nameZh?: string;
  options: Readonly<Record<string, string>>;
}

/** How strongly a text points at an item, split by what matched. */
export interface ItemScore {
  /** 3 full name, 2 head noun or alias, 1 another word of the name, 0 none; typos score 3/4 of that. */
  name: number;
  /** Number of option values mentioned ("red", "size M", "黑色"). */
  options: number;
}

const STOP = new Set([
  ...["the", "one", "my", "a", "an", "it", "that", "this", "item", "thing", "of", "and", "in", "pls", "not", "all"],
  ...["first", "second", "third", "fourth", "fifth", "last", "both", "other", "these", "those", "them", "want"],
]);

function singular(word: string): string {
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith("ses") || word.endsWith("shes") || word.endsWith("ches")) return word.slice(0, -2);
  return word.length > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word;
}

/** Lower-case, half-width text with its latin words singularised, plus joined neighbours ("t shirt" → "tshirt"). */
export function textWords(text: string): { norm: string; words: string[] } {
  const norm = normalizeText(cleanInput(text));
  const raw = norm.split(/[^a-z0-9]+/).filter(Boolean);
  const words = raw.map(singular);
  for (let i = 0; i + 1 < raw.length; i++) words.push(singular(`${raw[i]}${raw[i + 1]}`));
  for (const m of norm.matchAll(/[a-z0-9]+(?:-[a-z0-9]+)+/g)) words.push(singular(m[0].replace(/-/g, "")));
  return { norm, words: words.filter((w) => !STOP.has(w)) };
}

/** 1 for the exact word, 0.75 for a typo of it, 0 when absent. */
function wordHit(words: readonly string[], target: string): number {
  if (words.includes(target)) return 1;
  const budget = typoBudget(target);
  // Typos keep the first letter ("keybaord", "botle"); that stops "third" from matching "tshirt".
  const typo = words.some(
    (w) => budget > 0 && w.length >= 4 && w[0] === target[0] && editDistance(w, target, budget) <= budget,
  );
  return typo ? 0.75 : 0;
}

export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function nameScore(item: ItemLike, norm: string, words: readonly string[]): number {
  const nameWords = item.name
    .toLowerCase()
    .split(/\s+/)
    .map((w) => singular(w.replace(/-/g, "")))
    .filter(Boolean);
  const head = nameWords.at(-1) ?? "";
  const hitScores = nameWords.map((w) => wordHit(words, w));
  const hits = hitScores.filter((h) => h > 0).length;
  if (nameWords.length > 1 && hits === nameWords.length) return 3 * Math.min(...hitScores);
  const headHit = head ? wordHit(words, head) : 0;
  if (headHit > 0) return 2 * headHit;
  const fullName = item.name.toLowerCase();
  const headName = item.name.toLowerCase().split(/\s+/).at(-1) ?? "";
  const aliases = [...(PRODUCT_ALIASES[fullName] ?? []), ...(PRODUCT_ALIASES[singular(headName)] ?? [])];
  if (item.nameZh && norm.includes(item.nameZh.toLowerCase())) return 3;
  for (const alias of aliases) {
    const a = alias.toLowerCase();
    if (!/[\u4e00-\u9fff]/.test(a) ? new RegExp(`\\b${escapeRegex(a)}s?\\b`).test(norm) : norm.includes(a)) return 2;
  }
  return hits > 0 ? 1 : 0;
}

/** A value said with its key or a size cue: "size M", "backlight: none", "500 pieces", "M码", "10号". */
function keyedValueHit(key: string, value: string, norm: string): boolean {
  const v = escapeRegex(value.toLowerCase());
  const k = escapeRegex(key.toLowerCase());
  const keyFirst = `(?:\\b${k}|\\bsize|尺码|码数|尺寸)(?:\\s+(?:to|into|is|in|of|should be|=)){0,2}\\s*:?\\s*${v}(?![a-z0-9])`;
  const valueFirst = `(?<![a-z0-9])${v}\\s*(?:${k}\\b|码|号|size\\b)`;
  // "the one in M", "an L": a single letter after in/an reads as a size.
  const article = /^[a-z]$/.test(value) ? `|\\b(?:in|an|a)\\s+${v}(?![a-z0-9'])` : "";
  return new RegExp(`${keyFirst}|${valueFirst}${article}`).test(norm);
}

/** Values that need their key to count: one letter ("M"), a small number ("10") or a generic word ("none"). */
function needsKey(surface: string): boolean {
  return /^[a-z]$/.test(surface) || /^\d{1,2}$/.test(surface) || GENERIC_OPTION_VALUES.has(surface);
}

/**
 * Everyday words one slip from an option value, never typos of it: "put the money back" is not "black", "a while"
 * is not "white".
 */
const EVERYDAY_WORDS: ReadonlySet<string> = new Set([
  ...["back", "lack", "block", "blank", "while", "write", "whole", "smell", "still", "stall", "shall", "steep"],
  ...["medal", "petal", "clean", "blown", "grass", "sliver", "basin", "great", "greet", "place", "plane"],
]);

function typoCandidates(words: readonly string[]): string[] {
  return words.filter((w) => !EVERYDAY_WORDS.has(w));
}

/** True when the text mentions this option value, directly or (unless `literal`) by a bilingual synonym. */
export function mentionsOption(
  key: string,
  value: string,
  norm: string,
  words: readonly string[],
  literal = false,
): boolean {
  for (const surface of literal ? [value] : optionSurfaces(value)) {
    const s = surface.toLowerCase();
    if (/^[\u4e00-\u9fff]/.test(s)) {
      if (norm.includes(s)) return true;
      continue;
    }
    if (needsKey(s)) {
      if (keyedValueHit(key, s, norm)) return true;
      continue;
    }
    if (new RegExp(`(?<![a-z0-9])${escapeRegex(s)}(?![a-z0-9])`).test(norm)) return true;
    if (!/\s|\d/.test(s) && s.length >= 5 && wordHit(typoCandidates(words), s) > 0) return true;
  }
  return false;
}

/**
 * "the L one", "L的那个": a one-letter value pointing at one of several items. Only for picking an item: in a
 * change request ("swap the M one for the L, red, high version") the letter names the item to change, not the
 * new variant.
 */
function pointsAtLetter(value: string, norm: string): boolean {
  const v = value.toLowerCase();
  if (!/^[a-z]$/.test(v)) return false;
  return new RegExp(`\\bthe\\s+${v}\\s+ones?\\b|(?<![a-z0-9])${v}\\s*的(?:那|这)?(?:个|件|款|双|顶)`).test(norm);
}

/** Scores how a message refers to an item: by its name (typo-tolerant, aliases, 中文名) and by option values. */
export function scoreItem(text: string, item: ItemLike): ItemScore {
  const { norm, words } = textWords(text);
  const options = Object.entries(item.options).filter(
    ([k, v]) => mentionsOption(k, v, norm, words) || pointsAtLetter(v, norm),
  ).length;
  return { name: nameScore(item, norm, words), options };
}
