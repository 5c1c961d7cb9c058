import type { Entity } from "../entity.js";
import { normalizeText, toHalfWidth } from "../normalize-text.js";
import type { CatalogueMatcher } from "./catalogue-matcher.js";
import { dateEntities } from "./date-entities.js";
import { patternEntities } from "./pattern-entities.js";
import { personNameEntities } from "./person-name-entities.js";

/** Which entity wins when spans overlap: earlier in this list first, then the longer span. */
const PRIORITY: Entity["type"][] = [
  "email",
  "order_id",
  "tracking_id",
  "phone",
  "amount",
  "date",
  "person_name",
  "zip",
  "product",
  "variant_option",
];

function overlaps(a: Entity, b: Entity): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Keeps the best non-overlapping entities. Several products on the very same span survive
 * together (an ambiguous "camera"), so the dialog can ask which one.
 */
export function resolveOverlaps(candidates: readonly Entity[]): Entity[] {
  const ranked = [...candidates].sort(
    (a, b) =>
      PRIORITY.indexOf(a.type) - PRIORITY.indexOf(b.type) ||
      b.end - b.start - (a.end - a.start) ||
      b.score - a.score ||
      a.start - b.start,
  );
  const kept: Entity[] = [];
  for (const e of ranked) {
    const clash = kept.find((k) => overlaps(k, e));
    const sameProductSpan =
      clash?.type === "product" && e.type === "product" && clash.start === e.start && clash.end === e.end;
    if (clash && !sameProductSpan) continue;
    if (kept.some((k) => k.type === e.type && k.value === e.value && k.start === e.start)) continue;
    kept.push(e);
  }
  return kept.sort((a, b) => a.start - b.start || b.score - a.score);
}

/** Everything the NLU extracts from one message, spans indexing the original text. */
export function extractEntities(text: string, reference: Date, catalogue?: CatalogueMatcher): Entity[] {
  const half = toHalfWidth(text);
  const normalized = normalizeText(text);
  return resolveOverlaps([
    ...patternEntities(half, text),
    ...dateEntities(normalized, text, reference),
    ...personNameEntities(half, text),
    ...(catalogue ? catalogue.match(normalized, text) : []),
  ]);
}
