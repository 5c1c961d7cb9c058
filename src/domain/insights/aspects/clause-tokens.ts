import type { LexiconHit } from "./lexicon-entry.js";
import type { ReviewLexicon } from "./review-lexicon.js";

/** A lexicon hit with the negation and emphasis that apply to it. */
export interface ClauseToken {
  hit: LexiconHit;
  /** -1 when a negator governs this word. */
  sign: 1 | -1;
  /** 1.5 after an intensifier (很, very), else 1. */
  intensity: number;
  /** Can carry polarity: a general opinion, an aspect opinion or an implied aspect. */
  polar: boolean;
}

/** A clause of a review: its text and its tokens; `afterContrast` when it follows 但/but. */
export interface Clause {
  text: string;
  tokens: ClauseToken[];
  afterContrast: boolean;
  latin: boolean;
}

const PUNCTUATION = /[，,。.!！?？;；:：\n\r~～…()（）【】[\]"“”]+/;

function isPolar(hit: LexiconHit): boolean {
  const e = hit.entry;
  return e.weight !== undefined || e.implied !== undefined || e.aspectOpinions !== undefined;
}

/**
 * Splits normalised text into clauses at punctuation and at contrast words, and resolves
 * negation (a negator flips the next polar word within a few characters, so 不是不好 is
 * positive) and intensifiers within each clause.
 */
export function clauses(text: string, lexicon: ReviewLexicon): Clause[] {
  const out: Clause[] = [];
  for (const segment of text.split(PUNCTUATION)) {
    if (segment.trim() === "") continue;
    const hits = lexicon.scan(segment);
    let start = 0;
    let tokens: ClauseToken[] = [];
    let afterContrast = false;
    let negated = false;
    let negEnd = -100;
    let boostEnd = -100;
    const flush = (end: number) => {
      const clauseText = segment.slice(start, end).trim();
      if (clauseText !== "") out.push({ text: clauseText, tokens, afterContrast, latin: /[a-z]/.test(clauseText) });
      tokens = [];
      negated = false;
    };
    hits.forEach((hit, i) => {
      const e = hit.entry;
      const next = hits[i + 1];
      const latin = /[a-z]/.test(hit.text);
      if (e.contrast && !isPolar(hit)) {
        flush(hit.start);
        start = hit.start;
        afterContrast = true;
        return;
      }
      if (e.negator && !isPolar(hit)) {
        negated = !negated;
        negEnd = hit.end;
        return;
      }
      // 好/太 are intensifiers right before another polar word (好快, 太贵), opinions otherwise.
      if (e.intensifier && next && isPolar(next) && next.start - hit.end <= 1) {
        boostEnd = hit.end;
        return;
      }
      const polar = isPolar(hit);
      const near = hit.start - negEnd <= (latin ? 16 : 6);
      const sign: 1 | -1 = polar && negated && near ? -1 : 1;
      const intensity = polar && hit.start - boostEnd <= 1 ? 1.5 : 1;
      if (polar) negated = false;
      tokens.push({ hit, sign, intensity, polar });
    });
    flush(segment.length);
  }
  return out;
}
