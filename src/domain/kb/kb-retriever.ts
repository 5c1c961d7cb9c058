import type { Locale } from "../locale.js";
import type { Segmenter } from "../nlu/segmenter.js";
import { Bm25Index } from "./bm25-index.js";
import type { KbArticle } from "./kb-article.js";
import { kbTerms } from "./kb-terms.js";

/** One KB search result; `answerable` is true when it is good enough to answer from. */
export interface KbHit {
  article: KbArticle;
  score: number;
  coverage: number;
  answerable: boolean;
}

/** When a hit is good enough to answer a shopper with (below it the bot says it does not know). */
export interface KbThreshold {
  minScore: number;
  minCoverage: number;
}

export const DEFAULT_KB_THRESHOLD: KbThreshold = { minScore: 0.3, minCoverage: 0.5 };

/** Title terms count this many times, since a title says what the article is about. */
const TITLE_WEIGHT = 3;

/**
 * BM25 retrieval over KB articles (title + tags + body) with jieba-style segmentation and the
 * synonym table; prefers the shopper's locale and falls back to the other one.
 */
export class KbRetriever {
  private readonly index: Bm25Index;
  private readonly byId: Map<string, KbArticle>;

  constructor(
    articles: readonly KbArticle[],
    private readonly segmenter: Segmenter,
    private readonly threshold: KbThreshold = DEFAULT_KB_THRESHOLD,
  ) {
    this.byId = new Map(articles.map((a) => [a.id, a]));
    this.index = new Bm25Index(
      articles.map((a) => {
        const title = kbTerms(a.title, segmenter);
        const terms = [
          ...Array.from({ length: TITLE_WEIGHT }, () => title).flat(),
          ...kbTerms(a.tags.join(" "), segmenter),
        ];
        return { id: a.id, terms: [...terms, ...kbTerms(a.body, segmenter)] };
      }),
    );
  }

  search(query: string, options: { locale?: Locale; limit?: number } = {}): KbHit[] {
    const terms = kbTerms(query, this.segmenter);
    if (terms.length === 0) return [];
    const hits = this.index.search(terms, Math.max(20, options.limit ?? 5)).flatMap((h) => {
      const article = this.byId.get(h.id);
      if (!article) return [];
      const answerable = h.score >= this.threshold.minScore && h.coverage >= this.threshold.minCoverage;
      return [{ article, score: h.score, coverage: h.coverage, answerable }];
    });
    const preferred = (hit: KbHit) => (options.locale && hit.article.locale === options.locale ? 0 : 1);
    return hits
      .sort((a, b) => Number(b.answerable) - Number(a.answerable) || preferred(a) - preferred(b) || b.score - a.score)
      .slice(0, options.limit ?? 5);
  }

  /** The best answerable article, or undefined when nothing clears the threshold. */
  best(query: string, locale?: Locale): KbHit | undefined {
    const top = this.search(query, { locale, limit: 1 })[0];
    return top?.answerable ? top : undefined;
  }
}
