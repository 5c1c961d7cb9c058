import type { Product } from "../../shop/product.js";
import type { Entity } from "../entity.js";
import { isHan } from "../normalize-text.js";
import { matchAll, spanEntity } from "./entity-candidate.js";
import { GENERIC_OPTION_VALUES, optionSurfaces } from "./option-synonyms.js";
import { PRODUCT_ALIASES } from "./product-aliases.js";

interface ProductEntry {
  product: Product;
  /** Singular lower-case tokens of the English name; the last is the head noun. */
  tokens: string[];
}

interface OptionEntry {
  key: string;
  value: string;
  productIds: Set<string>;
}

/** A surface form ("蓝色") pointing at the catalogue things it may mean. */
interface Surface {
  products: { entry: ProductEntry; score: number }[];
  options: { entry: OptionEntry; exact: boolean }[];
}

const SHORT_SIZE = /^(xs|s|m|l|xl|xxl|2xl|\d{1,3})$/i;

function singular(word: string): string {
  return word.length > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function hasHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isHan(text.charCodeAt(i))) return true;
  return false;
}

/**
 * Finds product and variant-option mentions of a catalogue in a message, in English and Chinese:
 * product names by head noun (with aliases and 1-typo tolerance), option values by exact value or
 * bilingual synonym ('蓝色' → blue). Built once per catalogue; matching is a few regex scans.
 */
export class CatalogueMatcher {
  private readonly surfaces = new Map<string, Surface>();
  private readonly latin: RegExp | undefined;
  private readonly han: RegExp | undefined;
  private readonly heads = new Map<string, ProductEntry[]>();

  constructor(products: readonly Product[]) {
    const options = new Map<string, OptionEntry>();
    for (const product of products) {
      const tokens = product.name.toLowerCase().split(/\s+/).filter(Boolean).map(singular);
      const entry: ProductEntry = { product, tokens };
      const head = tokens[tokens.length - 1] ?? "";
      this.heads.set(head, [...(this.heads.get(head) ?? []), entry]);
      this.addProductSurface(product.name.toLowerCase(), entry, 1);
      if (product.nameZh) this.addProductSurface(product.nameZh.toLowerCase(), entry, 1);
      for (const alias of [...(PRODUCT_ALIASES[product.name.toLowerCase()] ?? []), ...(PRODUCT_ALIASES[head] ?? [])]) {
        this.addProductSurface(alias.toLowerCase(), entry, 0.8);
      }
      for (const variant of product.variants) {
        for (const [key, value] of Object.entries(variant.options)) {
          const id = `${key}\u0000${value}`;
          const option = options.get(id) ?? { key, value, productIds: new Set<string>() };
          option.productIds.add(product.id);
          options.set(id, option);
        }
      }
    }
    for (const option of options.values()) {
      if (GENERIC_OPTION_VALUES.has(option.value.toLowerCase())) continue;
      for (const surface of optionSurfaces(option.value)) {
        this.surface(surface.toLowerCase()).options.push({ entry: option, exact: surface === option.value });
      }
    }
    const forms = [...this.surfaces.keys()].sort((a, b) => b.length - a.length);
    const latin = forms.filter((f) => !hasHan(f)).map(escapeRegex);
    const han = forms.filter(hasHan).map(escapeRegex);
    this.latin = latin.length ? new RegExp(`(?<![a-z0-9])(?:${latin.join("|")})(?![a-z0-9])`, "g") : undefined;
    this.han = han.length ? new RegExp(han.join("|"), "g") : undefined;
  }

  private surface(form: string): Surface {
    let s = this.surfaces.get(form);
    if (!s) {
      s = { products: [], options: [] };
      this.surfaces.set(form, s);
    }
    return s;
  }

  private addProductSurface(form: string, entry: ProductEntry, score: number): void {
    const list = this.surface(form).products;
    if (!list.some((p) => p.entry === entry)) list.push({ entry, score });
    // The head noun alone ("keyboard") also names the product, a little less surely.
    const tokens = form.split(/\s+/).map(singular);
    if (!hasHan(form) && tokens.length > 1) {
      const head = this.surface(tokens[tokens.length - 1] ?? form).products;
      if (!head.some((p) => p.entry === entry)) head.push({ entry, score: score * 0.8 });
    }
    if (!hasHan(form) && tokens.length === 1 && singular(form) !== form) {
      const s = this.surface(singular(form)).products;
      if (!s.some((p) => p.entry === entry)) s.push({ entry, score });
    }
  }

  /** Product and variant_option entities; `normalized` is normalizeText(original). */
  match(normalized: string, original: string): Entity[] {
    const hits: { start: number; end: number; surface: Surface; form: string }[] = [];
    for (const pattern of [this.latin, this.han]) {
      if (!pattern) continue;
      for (const m of matchAll(pattern, normalized)) {
        const surface = this.surfaces.get(m[0]) ?? this.surfaces.get(singular(m[0]));
        if (surface) hits.push({ start: m.index, end: m.index + m[0].length, surface, form: m[0] });
      }
    }
    for (const typo of this.typoHits(normalized)) hits.push(typo);
    const products = this.productEntities(hits, original);
    const mentioned = new Set(products.map((p) => p.productId ?? ""));
    return [...products, ...this.optionEntities(hits, original, normalized, mentioned)];
  }

  private productEntities(hits: readonly { start: number; end: number; surface: Surface }[], original: string) {
    const out: Entity[] = [];
    for (const hit of hits) {
      if (hit.surface.products.length === 0) continue;
      const best = Math.max(...hit.surface.products.map((p) => p.score));
      for (const { entry, score } of hit.surface.products.filter((p) => p.score >= best - 0.1).slice(0, 3)) {
        out.push(
          spanEntity(original, "product", entry.product.name, hit.start, hit.end, {
            score: Math.min(1, score),
            productId: entry.product.id,
          }),
        );
      }
    }
    return out;
  }

  private optionEntities(
    hits: readonly { start: number; end: number; surface: Surface; form: string }[],
    original: string,
    normalized: string,
    mentioned: ReadonlySet<string>,
  ): Entity[] {
    const out: Entity[] = [];
    for (const hit of hits) {
      if (hit.surface.options.length === 0) continue;
      if (SHORT_SIZE.test(hit.form) && !sizeCue(original, normalized, hit.start, hit.end)) continue;
      let candidates = hit.surface.options;
      const inMentioned = candidates.filter((c) => [...c.entry.productIds].some((id) => mentioned.has(id)));
      if (inMentioned.length > 0) candidates = inMentioned;
      // Prefer the literal value, then the option shared by most products (color over lens color).
      const chosen = [...candidates].sort(
        (a, b) => Number(b.exact) - Number(a.exact) || b.entry.productIds.size - a.entry.productIds.size,
      )[0];
      if (!chosen) continue;
      const owners = [...chosen.entry.productIds].filter((id) => mentioned.size === 0 || mentioned.has(id));
      const productId = owners.length === 1 ? owners[0] : undefined;
      out.push(
        spanEntity(original, "variant_option", chosen.entry.value, hit.start, hit.end, {
          score: chosen.exact ? 1 : 0.9,
          optionKey: chosen.entry.key,
          ...(productId ? { productId } : {}),
        }),
      );
    }
    return out;
  }

  /** Head nouns misspelled by one edit ("keybaord"), for words of 5+ letters. */
  private typoHits(normalized: string) {
    const out: { start: number; end: number; surface: Surface; form: string }[] = [];
    for (const m of matchAll(/[a-z][a-z-]{4,}/g, normalized)) {
      const word = singular(m[0]);
      if (this.surfaces.has(word) || this.surfaces.has(m[0])) continue;
      for (const head of this.heads.keys()) {
        if (head.length < 5 || !withinOneEdit(word, head)) continue;
        const surface = this.surfaces.get(head);
        if (surface) {
          const products = surface.products.map((p) => ({ entry: p.entry, score: p.score * 0.85 }));
          out.push({ start: m.index, end: m.index + m[0].length, surface: { products, options: [] }, form: m[0] });
        }
      }
    }
    return out;
  }
}

/** Sizes like "M" or "10" count only as "M"/"M码"/"size 10", never as the "m" of "I'm". */
function sizeCue(original: string, normalized: string, start: number, end: number): boolean {
  const after = normalized.slice(end, end + 1);
  if (after === "码" || after === "号") return true;
  if (/(size|尺码|码数|号码)\s*[:：]?\s*$/.test(normalized.slice(Math.max(0, start - 8), start))) return true;
  const raw = original
    .slice(start, end)
    .replace(/[\uff21-\uff3a]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  return /^[A-Z0-9]+$/.test(raw) && /[A-Z]/.test(raw);
}

/** True when a and b differ by at most one insertion, deletion, substitution or adjacent swap. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
