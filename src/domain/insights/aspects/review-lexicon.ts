import { POLARITY_TERMS } from "../../nlu/sentiment/sentiment-lexicon.js";
import { Aspect } from "./aspect.js";
import { ASPECT_LEXICON, REVIEW_OPINIONS } from "./aspect-lexicon.js";
import type { LexiconEntry, LexiconHit } from "./lexicon-entry.js";

const NEGATORS =
  "不 没 没有 不是 别 无 未 毫不 并不 并没有 从不 从来没 绝不 不太 不怎么 不够 " +
  "not no never don't dont doesn't didn't isn't wasn't aren't weren't won't can't cannot couldn't hardly barely without";
const INTENSIFIERS =
  "很 非常 太 特别 超 超级 十分 极其 挺 相当 真 好 巨 very really so super extremely too quite totally";
const CONTRASTS = "但 但是 可是 不过 然而 but however although though yet";

const words = (list: string) =>
  list
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.replace(/_/g, " "));

const isLatin = (c: string) => /[a-z0-9']/.test(c);

/**
 * The merged review lexicon (aspect words, aspect opinions, general opinions from the
 * message-sentiment lexicon plus review extras, negators, intensifiers, contrast words) and a
 * longest-match scanner over normalised text: Chinese by substring, English by whole words.
 */
export class ReviewLexicon {
  private readonly entries = new Map<string, LexiconEntry>();
  private readonly byFirst = new Map<string, string[]>();

  constructor() {
    for (const aspect of Aspect.options) {
      const a = ASPECT_LEXICON[aspect];
      for (const w of words(a.terms)) this.entry(w).aspectTerm = aspect;
      for (const [polarity, list] of [
        [1, a.pos],
        [-1, a.neg],
      ] as const) {
        for (const w of words(list)) {
          const e = this.entry(w);
          e.aspectOpinions ??= new Map();
          e.aspectOpinions.set(aspect, polarity);
        }
      }
      for (const w of words(a.impliedPos)) this.entry(w).implied = { aspect, polarity: 1 };
      for (const w of words(a.impliedNeg)) this.entry(w).implied = { aspect, polarity: -1 };
      for (const [term, o] of Object.entries(a.overrides ?? {})) {
        this.entry(term).overrides = { pos: new Set(words(o.pos)), neg: new Set(words(o.neg)) };
        for (const w of [...words(o.pos), ...words(o.neg)]) this.entry(w);
      }
    }
    for (const [w, weight] of Object.entries({ ...POLARITY_TERMS, ...REVIEW_OPINIONS })) this.entry(w).weight = weight;
    for (const w of words(NEGATORS)) this.entry(w).negator = true;
    for (const w of words(INTENSIFIERS)) this.entry(w).intensifier = true;
    for (const w of words(CONTRASTS)) this.entry(w).contrast = true;
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  private entry(word: string): LexiconEntry {
    let e = this.entries.get(word);
    if (!e) {
      e = {};
      this.entries.set(word, e);
      const first = word.charAt(0);
      const list = this.byFirst.get(first) ?? [];
      list.push(word);
      this.byFirst.set(first, list);
    }
    return e;
  }

  /** Lexicon words in normalised text, left to right, longest match first, no overlaps. */
  scan(text: string): LexiconHit[] {
    const hits: LexiconHit[] = [];
    let i = 0;
    while (i < text.length) {
      const c = text.charAt(i);
      const latin = isLatin(c);
      if (latin && i > 0 && isLatin(text.charAt(i - 1))) {
        i++;
        continue;
      }
      const found = (this.byFirst.get(c) ?? []).find(
        (w) => text.startsWith(w, i) && (!latin || !isLatin(text.charAt(i + w.length))),
      );
      const entry = found === undefined ? undefined : this.entries.get(found);
      if (found !== undefined && entry) {
        hits.push({ text: found, start: i, end: i + found.length, entry });
        i += found.length;
      } else {
        i++;
      }
    }
    return hits;
  }
}

let shared: ReviewLexicon | undefined;

/** The process-wide lexicon, built on first use. */
export function reviewLexicon(): ReviewLexicon {
  shared ??= new ReviewLexicon();
  return shared;
}
