import { optionSurfaces } from "../../nlu/entities/option-synonyms.js";
import { escapeRegex, mentionsOption, textWords } from "./match-item-text.js";

/** What the extractor needs of a product variant (the shop's Variant fits). */
export interface VariantLike {
  id: string;
  options: Readonly<Record<string, string>>;
  available: boolean;
  priceCents?: number;
}

/** The outcome of reading a variant change against the product's variants. */
export type VariantChange =
  /** An in-stock variant fits; `alsoChanged` lists options that had to change beyond what was asked. */
  | { kind: "resolved"; variant: VariantLike; requested: Record<string, string>; alsoChanged: string[] }
  /** No in-stock variant is exactly what was asked; `exact` is set when it exists but is sold out. */
  | { kind: "unavailable"; requested: Record<string, string>; exact?: VariantLike; alternatives: VariantLike[] }
  /** The asked-for options are the current ones. */
  | { kind: "unchanged" }
  /** The text names no option value of this product. */
  | { kind: "none" };

const KEEP_REST =
  /\b(?:keep (?:the )?(?:rest|others?|everything else)|same (?:but|otherwise|as before)|everything else the same|otherwise the same|only (?:change|the))\b|其他不变|其它不变|其他一样|其余不变|别的不变|只换|只改/i;
/** Values after these words are the ones being left behind ("from red to black", "not red"). */
const AWAY = /\b(?:from|not|instead of|rather than|no longer|don'?t want)\s+(?:the\s+)?$|(?:不要|不是|把)$/i;

/** Generic values ("basic", "full") that count without their key when listed among other values. */
const LISTED_GENERIC: ReadonlySet<string> = new Set(["basic", "full", "half", "standard"]);

function keyMentioned(key: string, norm: string): boolean {
  return norm.includes(key.toLowerCase());
}

/** Option values the text asks for, one per option key, skipping ones it moves away from. */
function requestedOptions(
  text: string,
  current: VariantLike,
  variants: readonly VariantLike[],
): Record<string, string> {
  const { norm, words } = textWords(text);
  const values = new Map<string, Set<string>>();
  for (const v of variants) {
    for (const [key, value] of Object.entries(v.options)) values.set(key, (values.get(key) ?? new Set()).add(value));
  }
  const hits: { key: string; value: string; literal: boolean }[] = [];
  for (const [key, set] of values) {
    for (const value of set) {
      if (!mentionsOption(key, value, norm, words)) continue;
      const at = norm.indexOf(value.toLowerCase());
      if (at >= 0 && AWAY.test(norm.slice(Math.max(0, at - 16), at))) continue;
      hits.push({ key, value, literal: mentionsOption(key, value, norm, words, true) });
    }
  }
  // "blue M", "M blue", "M, black, full": a one-letter size right beside another option value is that size;
  // "dark, basic, Brand B": a generic word listed with commas beside another value is that option's value.
  for (const [key, set] of values) {
    if (hits.some((h) => h.key === key)) continue;
    for (const value of set) {
      const word = value.toLowerCase();
      const letter = /^[a-z]$/.test(word);
      if (!letter && !LISTED_GENERIC.has(word)) continue;
      const gap = letter ? "[\\s,/]+" : "\\s*[,/]\\s*";
      const beside = hits.some((h) => {
        const other = escapeRegex(h.value.toLowerCase());
        return new RegExp(`(?<![a-z0-9])(?:${other}${gap}${word}|${word}${gap}${other})(?![a-z0-9'])`).test(norm);
      });
      if (beside) hits.push({ key, value, literal: true });
    }
  }
  // "rose gold" also contains "gold": keep the longest value mentioned for a key.
  const longest = hits.filter(
    (h) =>
      !hits.some(
        (o) =>
          o.key === h.key && o.value.length > h.value.length && o.value.toLowerCase().includes(h.value.toLowerCase()),
      ),
  );
  // "medium" is ventilation=medium said literally, not size=M by synonym.
  const direct = longest.filter(
    (h) =>
      h.literal ||
      !longest.some(
        (o) =>
          o.literal &&
          o.key !== h.key &&
          optionSurfaces(h.value).some((s) => s.toLowerCase() === o.value.toLowerCase()),
      ),
  );
  hits.splice(0, hits.length, ...direct);
  // A value shared by several keys ("black" frame and lens) goes to the key the text names, else to each.
  const byValue = new Map<string, string[]>();
  for (const h of hits) byValue.set(h.value, [...(byValue.get(h.value) ?? []), h.key]);
  const requested: Record<string, string> = {};
  for (const h of hits) {
    const keys = byValue.get(h.value) ?? [];
    if (keys.length > 1 && keys.some((k) => keyMentioned(k, norm)) && !keyMentioned(h.key, norm)) continue;
    const prior = requested[h.key];
    // Two values of one key ("from red to black"): the one that is not current is the new one.
    if (prior === undefined || prior === current.options[h.key]) requested[h.key] = h.value;
  }
  return requested;
}

function sameOptions(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => a[k] === b[k]);
}

function closeness(v: VariantLike, current: VariantLike): number {
  return Object.entries(current.options).filter(([k, value]) => v.options[k] === value).length;
}

/**
 * Resolves a partial change ("switch type: clicky, keep the rest", "same but in black", "换成黑色 L码") from the
 * current variant: asked-for options override, the rest stay. Prefers an in-stock exact match; otherwise lists
 * in-stock alternatives that keep what was asked, closest to the current variant first.
 */
export function resolveVariantChange(
  text: string,
  current: VariantLike,
  variants: readonly VariantLike[],
): VariantChange {
  // "too small", "太大了" describe the problem with the current one, not the wish.
  const wish = text.replace(/\btoo (?:small|big|large|tight|loose|long|short)\b|太(?:大|小|长|短|紧|松)了?/gi, " ");
  const requested = requestedOptions(wish, current, variants);
  if (Object.keys(requested).length === 0) return { kind: "none" };
  const target = { ...current.options, ...requested };
  if (sameOptions(target, current.options)) return { kind: "unchanged" };
  const exact = variants.find((v) => sameOptions(v.options, target));
  if (exact?.available) return { kind: "resolved", variant: exact, requested, alsoChanged: [] };
  const alternatives = variants
    .filter((v) => v.available && v.id !== current.id)
    .filter((v) => Object.entries(requested).every(([k, value]) => v.options[k] === value))
    .sort((a, b) => closeness(b, current) - closeness(a, current) || priceGap(a, current) - priceGap(b, current));
  const only = alternatives[0];
  if (!exact && alternatives.length === 1 && only && !KEEP_REST.test(text)) {
    const alsoChanged = Object.keys(target).filter((k) => only.options[k] !== target[k]);
    return { kind: "resolved", variant: only, requested, alsoChanged };
  }
  return exact
    ? { kind: "unavailable", requested, exact, alternatives }
    : { kind: "unavailable", requested, alternatives };
}

function priceGap(v: VariantLike, current: VariantLike): number {
  return Math.abs((v.priceCents ?? 0) - (current.priceCents ?? 0));
}
