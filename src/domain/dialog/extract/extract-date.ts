import { dateEntities } from "../../nlu/entities/date-entities.js";
import { normalizeText } from "../../nlu/normalize-text.js";
import { cleanInput, parseEnNumber, parseZhNumber } from "./text.js";

/** A date the shopper mentioned: one day, or a span for "last week" / "上个月". Days are ISO (YYYY-MM-DD). */
export type ExtractedDate = { kind: "day"; date: string } | { kind: "range"; from: string; to: string };

const DAY_MS = 86_400_000;

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function validDay(y: number, m: number, d: number): Date | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date : undefined;
}

/** Forms the NLU date entities do not cover: weeks ago, US dates with a year, "Dec 3rd, 2026". */
function extraDate(norm: string, today: Date): { at: number; value: ExtractedDate } | undefined {
  const weeks = norm.match(
    /\b(\d{1,2}|a|one|two|three|four)\s+weeks?\s+ago\b|(\d{1,2}|[一两二三四])\s*(?:个)?(?:周|星期|礼拜)(?:前|之前|以前)/,
  );
  if (weeks?.index !== undefined) {
    const raw = weeks[1] ?? weeks[2] ?? "1";
    const n = parseEnNumber(raw) ?? parseZhNumber(raw) ?? 1;
    return { at: weeks.index, value: { kind: "day", date: iso(new Date(today.getTime() - n * 7 * DAY_MS)) } };
  }
  const us = norm.match(/(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/])/);
  if (us?.index !== undefined) {
    const year = Number(us[3]) < 100 ? 2000 + Number(us[3]) : Number(us[3]);
    const d = validDay(year, Number(us[1]), Number(us[2]));
    if (d) return { at: us.index, value: { kind: "day", date: iso(d) } };
  }
  const named = norm.match(
    /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/,
  );
  if (named?.index !== undefined) {
    const month = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].indexOf(
      named[1] ?? "",
    );
    const d = validDay(Number(named[3]), month + 1, Number(named[2]));
    if (d) return { at: named.index, value: { kind: "day", date: iso(d) } };
  }
  return undefined;
}

/**
 * The first date in a message relative to `reference` (any instant of the shopper's current day, UTC):
 * "yesterday", "上周五", "3 days ago", "two weeks ago", "12月3号", "Dec 3rd, 2026", "12/03/2026", "last week".
 */
export function extractDate(text: string, reference: Date): ExtractedDate | undefined {
  const cleaned = cleanInput(text);
  const norm = normalizeText(cleaned);
  const today = new Date(Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth(), reference.getUTCDate()));
  const extra = extraDate(norm, today);
  const entity = dateEntities(norm, cleaned, reference)
    .filter((e) => !extra || e.start < extra.at)
    .sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start))[0];
  if (!entity) return extra?.value;
  const [from, to] = entity.value.split("/");
  if (from && to) return { kind: "range", from, to };
  return { kind: "day", date: entity.value };
}
