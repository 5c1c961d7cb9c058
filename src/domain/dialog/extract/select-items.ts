import { extractQuantity } from "./extract-quantity.js";
import { type ItemLike, type ItemScore, scoreItem } from "./match-item-text.js";
import { parseOrdinals, resolvePositions } from "./parse-ordinals.js";
import { cleanInput } from "./text.js";

/** The outcome of reading which items a shopper means. Indexes point into the `items` passed in. */
export type ItemSelection =
  | {
      kind: "selected";
      indexes: number[];
      /** How many units the shopper asked for, when said ("2 of the t-shirts"). */
      quantity?: number;
      /** What decided it, for logs and tests. */
      by: "name" | "option" | "ordinal" | "all" | "except";
    }
  /** Several items fit equally: ask the shopper to pick among `candidates`. */
  | { kind: "ambiguous"; candidates: number[]; quantity?: number }
  /** The shopper said none of them ("neither", "都不要"). */
  | { kind: "declined" }
  /** Nothing in the text points at an item. */
  | { kind: "none" };

const DECLINE = /\b(?:none(?: of (?:them|these|those))?|neither|nothing|no items?)\b|都不要|都不|一个都不|不用了/i;
const EXCEPT =
  /\b(?:except(?: for)?|but not|other than|apart from|besides|not the|but the .{1,30}? stays)\b|除了|不要那?|不包括|不是那?/i;

function weight(s: ItemScore): number {
  return s.name * 2 + s.options * 3;
}

function signature(item: ItemLike): string {
  return `${item.name.toLowerCase()}|${Object.entries(item.options)
    .map(([k, v]) => `${k}=${v}`)
    .sort()
    .join(",")}`;
}

/** Items of `pool` the text points at most strongly (empty when it names none). */
function bestMatches(
  text: string,
  items: readonly ItemLike[],
  pool: readonly number[],
): { indexes: number[]; byOption: boolean } {
  const scored = pool.map((i) => {
    const item = items[i];
    return { i, s: item ? scoreItem(text, item) : { name: 0, options: 0 } };
  });
  const top = Math.max(0, ...scored.map((x) => weight(x.s)));
  if (top === 0) return { indexes: [], byOption: false };
  const best = scored.filter((x) => weight(x.s) === top);
  return { indexes: best.map((x) => x.i), byOption: best.every((x) => x.s.options > 0) };
}

/** Splits "all except the mug" / "除了键盘都退" into what is wanted and what is excluded. */
function splitExcept(input: string): { positive: string; negative: string } {
  const zh = input.match(/(?:除了|除)(.+?)(?:以外|之外|外|都|其他|其余|,|$)/);
  if (zh?.index !== undefined) {
    return { positive: input.slice(0, zh.index) + input.slice(zh.index + zh[0].length - 1), negative: zh[1] ?? "" };
  }
  const at = input.search(EXCEPT);
  return at >= 0 ? { positive: input.slice(0, at), negative: input.slice(at) } : { positive: input, negative: "" };
}

/** "the keyboard and the water bottle": each listed part names one item (or identical ones). */
function listedItems(text: string, items: readonly ItemLike[], pool: readonly number[]): number[] | undefined {
  const parts = text.split(/\band\b|&|\+|,|\bplus\b|和|跟|还有|以及|、/).filter((p) => p.trim() !== "");
  if (parts.length < 2) return undefined;
  const picked: number[] = [];
  for (const part of parts) {
    const m = bestMatches(part, items, pool).indexes;
    if (m.length === 0) continue;
    if (!allSame(items, m)) return undefined;
    const first = m.find((i) => !picked.includes(i));
    if (first !== undefined) picked.push(first);
  }
  return picked.length >= 2 ? picked.sort((a, b) => pool.indexOf(a) - pool.indexOf(b)) : undefined;
}

function allSame(items: readonly ItemLike[], indexes: readonly number[]): boolean {
  return new Set(indexes.map((i) => (items[i] ? signature(items[i]) : ""))).size <= 1;
}

/**
 * Reads which of `items` a shopper means: by name or partial name with typos ("the keybaord"), by option
 * ("the red one", "size M", "黑色的"), by ordinal over the offered list ("the second one", "第二个", "last one"),
 * "both"/"all"/"全部", "all except the mug", and quantities ("2 of the t-shirts"). `offered` is the order the
 * bot listed them in (default: all items in order); ordinals count in that list.
 */
export function selectItems(text: string, items: readonly ItemLike[], offered?: readonly number[]): ItemSelection {
  const pool = offered ? offered.filter((i) => i >= 0 && i < items.length) : items.map((_, i) => i);
  const input = cleanInput(text);
  const { positive, negative } = splitExcept(input);
  const excluded = negative ? bestMatches(negative, items, pool).indexes : [];
  const open = pool.filter((i) => !excluded.includes(i));
  const ordinals = { ...parseOrdinals(positive), all: parseOrdinals(input).all };
  const quantity = extractQuantity(positive);
  const matched = bestMatches(positive, items, open);
  const withQty = <T extends object>(o: T): T & { quantity?: number } =>
    quantity && quantity > 1 ? { ...o, quantity } : o;

  const listed = listedItems(positive, items, open);
  if (listed) return withQty({ kind: "selected", indexes: listed, by: "name" });
  if (matched.indexes.length > 0) {
    let cands = matched.indexes;
    const by = matched.byOption ? "option" : "name";
    if (ordinals.positions.length > 0 && cands.length > 1) {
      const picked = resolvePositions(ordinals.positions, cands.length).map((k) => cands[k] ?? -1);
      if (picked.length > 0) return withQty({ kind: "selected", indexes: picked, by: "ordinal" });
    }
    if (ordinals.all) {
      if (ordinals.both && cands.length > 2) return { kind: "ambiguous", candidates: cands };
      return { kind: "selected", indexes: cands, by: "all" };
    }
    if (quantity && quantity > 1 && cands.length > 1) {
      if (quantity === cands.length) return { kind: "selected", indexes: cands, quantity, by };
      if (quantity < cands.length && allSame(items, cands)) {
        return { kind: "selected", indexes: cands.slice(0, quantity), quantity, by };
      }
      return { kind: "ambiguous", candidates: cands, quantity };
    }
    if (cands.length === 1 || allSame(items, cands)) {
      cands = cands.slice(0, 1);
      return withQty({ kind: "selected", indexes: cands, by });
    }
    return withQty({ kind: "ambiguous", candidates: cands });
  }
  if (ordinals.positions.length > 0) {
    const picked = resolvePositions(ordinals.positions, open.length).map((k) => open[k] ?? -1);
    return picked.length > 0 ? { kind: "selected", indexes: picked, by: "ordinal" } : { kind: "none" };
  }
  if (ordinals.all) {
    if (ordinals.both && open.length !== 2) return { kind: "ambiguous", candidates: open };
    return { kind: "selected", indexes: open, by: excluded.length > 0 ? "except" : "all" };
  }
  if (excluded.length > 0) {
    return open.length === 1
      ? { kind: "selected", indexes: open, by: "except" }
      : open.length > 1
        ? { kind: "ambiguous", candidates: open }
        : { kind: "none" };
  }
  if (DECLINE.test(input)) return { kind: "declined" };
  return { kind: "none" };
}
