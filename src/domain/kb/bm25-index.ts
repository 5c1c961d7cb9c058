/** One scored document of a BM25 search. */
export interface Bm25Hit {
  id: string;
  score: number;
  /** Share of the query's idf weight that the document matched, in [0, 1]. */
  coverage: number;
}

interface IndexedDoc {
  id: string;
  length: number;
  counts: Map<string, number>;
}

/** Okapi BM25 over pre-tokenised documents (k1 = 1.2, b = 0.75). Immutable once built. */
export class Bm25Index {
  private readonly docs: IndexedDoc[];
  private readonly df = new Map<string, number>();
  private readonly avgLength: number;

  constructor(
    documents: readonly { id: string; terms: readonly string[] }[],
    private readonly k1 = 1.2,
    private readonly b = 0.75,
  ) {
    this.docs = documents.map((d) => {
      const counts = new Map<string, number>();
      for (const t of d.terms) counts.set(t, (counts.get(t) ?? 0) + 1);
      for (const t of counts.keys()) this.df.set(t, (this.df.get(t) ?? 0) + 1);
      return { id: d.id, length: d.terms.length, counts };
    });
    this.avgLength = this.docs.reduce((s, d) => s + d.length, 0) / Math.max(1, this.docs.length);
  }

  get size(): number {
    return this.docs.length;
  }

  /** Robertson idf, floored at a small positive value so very common terms still count a little. */
  idf(term: string): number {
    const n = this.docs.length;
    const df = this.df.get(term) ?? 0;
    return Math.max(0.05, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
  }

  /** Documents matching at least one query term, best first. */
  search(queryTerms: readonly string[], limit = 5): Bm25Hit[] {
    const unique = [...new Set(queryTerms)];
    const totalIdf = unique.reduce((s, t) => s + this.idf(t), 0);
    const hits: Bm25Hit[] = [];
    for (const doc of this.docs) {
      let score = 0;
      let matchedIdf = 0;
      for (const term of unique) {
        const tf = doc.counts.get(term) ?? 0;
        if (tf === 0) continue;
        const idf = this.idf(term);
        matchedIdf += idf;
        score += (idf * tf * (this.k1 + 1)) / (tf + this.k1 * (1 - this.b + (this.b * doc.length) / this.avgLength));
      }
      if (score > 0) hits.push({ id: doc.id, score, coverage: totalIdf > 0 ? matchedIdf / totalIdf : 0 });
    }
    return hits.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, limit);
  }
}
