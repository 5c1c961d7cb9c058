/**
 * Item-to-item collaborative filtering: cosine similarity over co-purchase counts,
 * sim(i, j) = buyers(i ∧ j) / √(buyers(i) · buyers(j)).
 */
export class ItemCooccurrence {
  private readonly buyers = new Map<string, number>();
  private readonly co = new Map<string, Map<string, number>>();

  /** `baskets`: each shopper's set of (kept) products. */
  constructor(baskets: Iterable<ReadonlySet<string>>) {
    for (const basket of baskets) {
      const items = [...basket];
      for (const i of items) this.buyers.set(i, (this.buyers.get(i) ?? 0) + 1);
      for (let a = 0; a < items.length; a++) {
        for (let b = a + 1; b < items.length; b++) {
          const x = items[a] ?? "";
          const y = items[b] ?? "";
          this.bump(x, y);
          this.bump(y, x);
        }
      }
    }
  }

  private bump(x: string, y: string): void {
    let row = this.co.get(x);
    if (!row) {
      row = new Map();
      this.co.set(x, row);
    }
    row.set(y, (row.get(y) ?? 0) + 1);
  }

  /** Distinct shoppers who bought the product. */
  buyerCount(productId: string): number {
    return this.buyers.get(productId) ?? 0;
  }

  /** Products bought by the same shoppers as `productId`, with their cosine similarity. */
  neighbours(productId: string): Map<string, number> {
    const out = new Map<string, number>();
    const row = this.co.get(productId);
    const n = this.buyerCount(productId);
    if (!row || n === 0) return out;
    for (const [other, count] of row) {
      const m = this.buyerCount(other);
      if (m > 0) out.set(other, count / Math.sqrt(n * m));
    }
    return out;
  }
}
