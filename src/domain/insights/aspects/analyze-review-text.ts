import { normalizeText } from "../../nlu/normalize-text.js";
import type { Aspect } from "./aspect.js";
import { type Clause, type ClauseToken, clauses } from "./clause-tokens.js";
import { reviewLexicon } from "./review-lexicon.js";

/** One aspect mentioned with a polarity, and the words that show it. */
export interface AspectMention {
  aspect: Aspect;
  polarity: 1 | -1;
  /** The aspect word (质量) or the implied-aspect word (假货). */
  term: string;
  /** The opinion word paired with an aspect word, if separate. */
  opinion?: string;
  negated: boolean;
  clause: string;
}

/** What the lexicon reads in one review. */
export interface ReviewTextAnalysis {
  mentions: AspectMention[];
  /** Aspect -> 1 positive, -1 negative, 0 mixed (both polarities mentioned). */
  aspects: Partial<Record<Aspect, -1 | 0 | 1>>;
  /** Lexicon polarity in [0, 1]; 0.5 when no opinion word was found. */
  lexiconScore: number;
  /** Number of polar words that counted towards `lexiconScore`. */
  evidence: number;
}

/** Polarity of `token` as an opinion about `aspect` next to aspect word `term`, if it has one. */
function opinionFor(token: ClauseToken, aspect: Aspect, term: ClauseToken): number | undefined {
  const e = token.hit.entry;
  const o = term.hit.entry.overrides;
  if (o?.pos.has(token.hit.text)) return token.sign;
  if (o?.neg.has(token.hit.text)) return -token.sign;
  const specific = e.aspectOpinions?.get(aspect);
  if (specific !== undefined) return specific * token.sign;
  if (e.weight !== undefined && e.weight !== 0 && e.implied === undefined) return Math.sign(e.weight) * token.sign;
  return undefined;
}

/** Pairs each aspect word with the nearest opinion between it and the neighbouring aspect words. */
function clauseMentions(clause: Clause): { mentions: AspectMention[]; paired: Set<ClauseToken> } {
  const mentions: AspectMention[] = [];
  const paired = new Set<ClauseToken>();
  const tokens = clause.tokens;
  const aspectAt = tokens.flatMap((t, i) => (t.hit.entry.aspectTerm && !t.hit.entry.implied ? [i] : []));
  aspectAt.forEach((at, n) => {
    const term = tokens[at];
    const aspect = term?.hit.entry.aspectTerm;
    if (!term || !aspect) return;
    const before = tokens.slice((aspectAt[n - 1] ?? -1) + 1, at).reverse();
    const after = tokens.slice(at + 1, aspectAt[n + 1] ?? tokens.length);
    const adjacentBefore = before[0] && term.hit.start - before[0].hit.end <= 8 ? [before[0]] : [];
    // English puts adjectives before nouns ("fast delivery"); Chinese puts them after (物流快).
    const order = clause.latin ? [...adjacentBefore, ...after, ...before] : [...after, ...before];
    for (const token of order) {
      const polarity = opinionFor(token, aspect, term);
      if (polarity === undefined || polarity === 0) continue;
      paired.add(token);
      mentions.push({
        aspect,
        polarity: polarity > 0 ? 1 : -1,
        term: term.hit.text,
        opinion: token.hit.text,
        negated: token.sign < 0,
        clause: clause.text,
      });
      return;
    }
  });
  for (const t of tokens) {
    const implied = t.hit.entry.implied;
    if (!implied) continue;
    const polarity: 1 | -1 = implied.polarity * t.sign > 0 ? 1 : -1;
    mentions.push({ aspect: implied.aspect, polarity, term: t.hit.text, negated: t.sign < 0, clause: clause.text });
  }
  return { mentions, paired };
}

/**
 * Lexicon reading of a review in Chinese or English: aspect mentions with per-aspect polarity
 * (negation handled within the clause) and a lexicon sentiment score, the clause after
 * 但/but weighing more.
 */
export function analyzeReviewText(text: string): ReviewTextAnalysis {
  const normalized = normalizeText(text).replace(/[’‘]/g, "'");
  const mentions: AspectMention[] = [];
  let total = 0;
  let evidence = 0;
  for (const clause of clauses(normalized, reviewLexicon())) {
    const found = clauseMentions(clause);
    mentions.push(...found.mentions);
    const weight = clause.afterContrast ? 1.5 : 1;
    for (const t of clause.tokens) {
      const e = t.hit.entry;
      let value = 0;
      if (e.weight !== undefined) value = e.weight;
      else if (e.implied) value = 0.8 * e.implied.polarity;
      else if (found.paired.has(t)) value = 0.5 * Math.sign(e.aspectOpinions?.values().next().value ?? 0);
      if (value === 0) continue;
      total += value * t.sign * t.intensity * weight;
      evidence++;
    }
  }
  const aspects: Partial<Record<Aspect, -1 | 0 | 1>> = {};
  for (const m of mentions) {
    const prev = aspects[m.aspect];
    aspects[m.aspect] = prev === undefined || prev === m.polarity ? m.polarity : 0;
  }
  return { mentions, aspects, lexiconScore: (Math.tanh(total) + 1) / 2, evidence };
}
