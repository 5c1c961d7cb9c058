import type { Aspect } from "./aspect.js";

/** Everything the lexicon knows about one word or phrase; a word may play several roles. */
export interface LexiconEntry {
  /** The word names this aspect (质量, delivery). */
  aspectTerm?: Aspect;
  /** Opinion words that replace the aspect's own next to this term (性价比 + 高 = good). */
  overrides?: { pos: ReadonlySet<string>; neg: ReadonlySet<string> };
  /** The word names an aspect and carries its polarity (假货, overpriced). */
  implied?: { aspect: Aspect; polarity: 1 | -1 };
  /** Polarity the word has only next to a given aspect (快 for delivery). */
  aspectOpinions?: Map<Aspect, 1 | -1>;
  /** General opinion weight in [-1, 1]. */
  weight?: number;
  negator?: boolean;
  intensifier?: boolean;
  /** "but"-words: the clause after them usually carries the verdict. */
  contrast?: boolean;
}

/** A lexicon word found in a clause. */
export interface LexiconHit {
  text: string;
  start: number;
  end: number;
  entry: LexiconEntry;
}
