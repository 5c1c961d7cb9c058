import type { Entity } from "../entity.js";

/** Builds an Entity for a span of the original message. */
export function spanEntity(
  original: string,
  type: Entity["type"],
  value: string,
  start: number,
  end: number,
  extra: Partial<Pick<Entity, "score" | "productId" | "optionKey">> = {},
): Entity {
  return { type, value, text: original.slice(start, end), start, end, score: extra.score ?? 1, ...extra };
}

/** All matches of a global regex with their offsets (regex must carry the `g` flag). */
export function* matchAll(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    yield m;
    if (m[0].length === 0) pattern.lastIndex++;
  }
}

/** Start/end of capture group `group` within a match (needs the `d` flag), else of the whole match. */
export function groupSpan(m: RegExpExecArray, group: number): [number, number] {
  const span = m.indices?.[group];
  return span ? [span[0], span[1]] : [m.index, m.index + m[0].length];
}
