import type { Product } from "../../shop/product.js";

/** What the recommenders know about one product. */
export interface CatalogItem {
  productId: string;
  name: string;
  nameZh?: string;
  category: string;
  /** Content features such as `cat:shoes`, `name:chair`, `opt:color`, `val:color=blue`, `attr:brand=acme`. */
  features: string[];
  /** At least one variant can be bought now. */
  available: boolean;
}

/** Lower-case word tokens of an English name plus Han character bigrams of a Chinese one. */
export function nameTokens(name: string, nameZh?: string): string[] {
  const words = name
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1);
  const han = (nameZh ?? "").replace(/[^\u4e00-\u9fff]/g, "");
  const bigrams: string[] = [];
  for (let i = 0; i + 1 < han.length; i++) bigrams.push(han.slice(i, i + 2));
  return [...words, ...bigrams];
}

/** Content features of a product: category, name tokens, option keys and values, free attributes. */
export function productFeatures(product: Product): string[] {
  const features = new Set<string>();
  if (product.category) features.add(`cat:${product.category.toLowerCase()}`);
  for (const token of nameTokens(product.name, product.nameZh)) features.add(`name:${token}`);
  for (const variant of product.variants) {
    for (const [key, value] of Object.entries(variant.options)) {
      features.add(`opt:${key.toLowerCase()}`);
      features.add(`val:${key.toLowerCase()}=${value.toLowerCase()}`);
    }
  }
  for (const [key, value] of Object.entries(product.attributes)) {
    features.add(`attr:${key.toLowerCase()}=${value.toLowerCase()}`);
  }
  return [...features];
}

/** Catalogue entries for the recommenders. */
export function catalogFromProducts(products: readonly Product[]): CatalogItem[] {
  return products.map((p) => ({
    productId: p.id,
    name: p.name,
    nameZh: p.nameZh,
    category: p.category,
    features: productFeatures(p),
    available: p.variants.some((v) => v.available),
  }));
}
