import type { CatalogItem } from "./catalog-item.js";

/** Content-based similarity: cosine over IDF-weighted product features. */
export class ContentSimilarity {
  private readonly vectors = new Map<string, Map<string, number>>();
  private readonly cache = new Map<string, Map<string, number>>();

  constructor(private readonly catalog: readonly CatalogItem[]) {
    const df = new Map<string, number>();
    for (const item of catalog) for (const f of new Set(item.features)) df.set(f, (df.get(f) ?? 0) + 1);
    const n = catalog.length;
    for (const item of catalog) {
      const vector = new Map<string, number>();
      // ln(1 + N/df): shared-by-all features still count a little, rare ones count most.
      for (const f of new Set(item.features)) vector.set(f, Math.log(1 + n / (df.get(f) ?? 1)));
      let norm = 0;
      for (const w of vector.values()) norm += w * w;
      norm = Math.sqrt(norm);
      if (norm > 0) for (const [f, w] of vector) vector.set(f, w / norm);
      this.vectors.set(item.productId, vector);
    }
  }

  /** Cosine similarity of two products' feature vectors (0 when either is unknown). */
  similarity(a: string, b: string): number {
    const x = this.vectors.get(a);
    const y = this.vectors.get(b);
    if (!x || !y) return 0;
    const [small, large] = x.size <= y.size ? [x, y] : [y, x];
    let dot = 0;
    for (const [f, w] of small) dot += w * (large.get(f) ?? 0);
    return dot;
  }

  /** Every other product's similarity to `productId`, cached per product. */
  neighbours(productId: string): Map<string, number> {
    const cached = this.cache.get(productId);
    if (cached) return cached;
    const out = new Map<string, number>();
    for (const item of this.catalog) {
      if (item.productId === productId) continue;
      const s = this.similarity(productId, item.productId);
      if (s > 0) out.set(item.productId, s);
    }
    this.cache.set(productId, out);
    return out;
  }

  /** Features both products have, most distinctive first, for the reason shown to the shopper. */
  sharedFeatures(a: string, b: string, limit = 2): string[] {
    const x = this.vectors.get(a);
    const y = this.vectors.get(b);
    if (!x || !y) return [];
    return [...x.entries()]
      .filter(([f]) => y.has(f))
      .sort(([, wa], [, wb]) => wb - wa)
      .slice(0, limit)
      .map(([f]) => f);
  }
}
