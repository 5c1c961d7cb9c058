import type { ReplyDraft } from "../ports/understanding.js";

export type GroundingResult = { ok: true } | { ok: false; reason: string };

/** Numbers in a text, digits only (so "$1,299.00" and "1299.00" compare equal). */
function numbersIn(text: string): string[] {
  return (text.match(/\d[\d,]*(?:\.\d+)?/g) ?? []).map((n) => n.replace(/,/g, ""));
}

/** Every fact must survive verbatim, numbers are neither added nor dropped, cited articles stay cited. */
export function checkGrounding(draft: ReplyDraft, candidate: string): GroundingResult {
  if (candidate.trim().length === 0) return { ok: false, reason: "empty reply" };
  for (const fact of draft.facts) {
    if (!candidate.includes(fact)) return { ok: false, reason: `fact missing: ${fact}` };
  }
  const allowed = new Set([...numbersIn(draft.text), ...draft.facts.flatMap(numbersIn)]);
  const kept = new Set(numbersIn(candidate));
  for (const n of kept) {
    if (!allowed.has(n)) return { ok: false, reason: `unsupported number: ${n}` };
  }
  // KB answers carry no listed facts, so their numbers (days, amounts) are the facts to keep.
  for (const n of numbersIn(draft.text)) {
    if (!kept.has(n)) return { ok: false, reason: `number dropped: ${n}` };
  }
  for (const c of draft.citations) {
    if (draft.text.includes(c.title) && !candidate.includes(c.title)) {
      return { ok: false, reason: `citation dropped: ${c.title}` };
    }
  }
  if (/⟦[A-Z]+_\d+⟧/.test(candidate)) return { ok: false, reason: "unknown placeholder left in reply" };
  return { ok: true };
}
