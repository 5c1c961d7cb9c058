import type { Random } from "./seeded-random.js";

/** How a repeat distorts the shopper's typing. */
export interface TypingStyle {
  typos: boolean;
  casing: "as-is" | "lower" | "upper";
  casual: boolean;
}

export function drawTypingStyle(rng: Random): TypingStyle {
  const roll = rng.next();
  return {
    typos: rng.chance(0.3),
    casing: roll < 0.2 ? "lower" : roll < 0.27 ? "upper" : "as-is",
    casual: rng.chance(0.35),
  };
}

/** Facts a typo must not touch: emails, order ids, digits, and the words the shopper quotes from the shop. */
const PROTECTED = /[@#\d]/;

/** Swaps two inner letters or drops one, in one longer plain word. */
function typo(word: string, rng: Random): string {
  const at = 1 + rng.int(word.length - 3);
  if (rng.chance(0.5)) return word.slice(0, at) + (word[at + 1] ?? "") + (word[at] ?? "") + word.slice(at + 2);
  return word.slice(0, at) + word.slice(at + 1);
}

/** Applies the style to one message; `keep` are substrings (addresses, option values) left as written. */
export function perturb(text: string, style: TypingStyle, rng: Random, keep: readonly string[] = []): string {
  let out = text;
  if (style.typos) {
    const words = out.split(" ");
    const kept = new Set(keep.flatMap((k) => k.toLowerCase().split(/\s+/)));
    const candidates = words
      .map((w, i) => ({ w, i }))
      .filter(({ w }) => /^[a-z]{5,}$/i.test(w) && !PROTECTED.test(w) && !kept.has(w.toLowerCase()));
    if (candidates.length > 0) {
      const { w, i } = rng.pick(candidates);
      words[i] = typo(w, rng);
      out = words.join(" ");
    }
  }
  if (style.casual)
    out = out
      .replace(/[.!]$/u, "")
      .replace(/\bplease\b/i, "pls")
      .replace(/\bthanks\b/i, "thx");
  if (style.casing === "lower") out = out.toLowerCase();
  if (style.casing === "upper") out = out.toUpperCase();
  return out;
}
