import type { Entity } from "../entity.js";
import { matchAll, spanEntity } from "./entity-candidate.js";

/** A calendar day as UTC midnight, so arithmetic ignores the host time zone. */
type Day = Date;

const DAY_MS = 86_400_000;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const WEEKDAYS_EN = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const WEEKDAYS_ZH = "日一二三四五六";
const ZH_NUM: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

function iso(day: Day): string {
  return day.toISOString().slice(0, 10);
}

function addDays(day: Day, n: number): Day {
  return new Date(day.getTime() + n * DAY_MS);
}

function range(from: Day, to: Day): string {
  return `${iso(from)}/${iso(to)}`;
}

/** Monday of the week containing `day` (ISO weeks). */
function mondayOf(day: Day): Day {
  return addDays(day, -((day.getUTCDay() + 6) % 7));
}

function validDay(y: number, m: number, d: number): Day | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date : undefined;
}

/** A month/day without a year means its latest occurrence not after the reference day (+2 days slack). */
function recentMonthDay(today: Day, month: number, day: number): Day | undefined {
  const thisYear = validDay(today.getUTCFullYear(), month, day);
  if (thisYear && thisYear.getTime() <= today.getTime() + 2 * DAY_MS) return thisYear;
  return validDay(today.getUTCFullYear() - 1, month, day);
}

/** Most recent past `weekday` (0 = Sunday); `lastWeek` forces the previous ISO week. */
function pastWeekday(today: Day, weekday: number, lastWeek: boolean): Day {
  if (lastWeek) return addDays(mondayOf(today), -7 + ((weekday + 6) % 7));
  const back = (today.getUTCDay() - weekday + 7) % 7;
  return addDays(today, -(back === 0 ? 7 : back));
}

function parseCount(raw: string): number {
  const n = Number(raw);
  if (Number.isFinite(n)) return n;
  return ZH_NUM[raw] ?? 1;
}

type Rule = { pattern: RegExp; resolve: (m: RegExpExecArray, today: Day) => string | undefined };

const RULES: Rule[] = [
  {
    pattern: /(?<!\d)(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})[日号]?(?!\d)/g,
    resolve: (m, _t) => {
      const d = validDay(Number(m[1]), Number(m[2]), Number(m[3]));
      return d ? iso(d) : undefined;
    },
  },
  {
    pattern: /(?<![\d年-])(\d{1,2})月(\d{1,2})[日号]/g,
    resolve: (m, t) => {
      const d = recentMonthDay(t, Number(m[1]), Number(m[2]));
      return d ? iso(d) : undefined;
    },
  },
  {
    pattern: /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b/gi,
    resolve: (m, t) => {
      const d = recentMonthDay(t, MONTHS.indexOf((m[1] ?? "").slice(0, 3).toLowerCase()) + 1, Number(m[2]));
      return d ? iso(d) : undefined;
    },
  },
  {
    pattern: /\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/gi,
    resolve: (m, t) => {
      const d = recentMonthDay(t, MONTHS.indexOf((m[2] ?? "").toLowerCase()) + 1, Number(m[1]));
      return d ? iso(d) : undefined;
    },
  },
  {
    // US month/day after a date cue ("placed on 11/20"); bare "1/2" is more often a fraction.
    pattern:
      /(?<=\b(?:on|since|from|by|before|after|until|placed|ordered|bought|delivered|shipped|arrived)\s+)(\d{1,2})\/(\d{1,2})(?![\d/%.])/gi,
    resolve: (m, t) => {
      const d = recentMonthDay(t, Number(m[1]), Number(m[2]));
      return d ? iso(d) : undefined;
    },
  },
  { pattern: /\b(today)\b|今天|今日/gi, resolve: (_m, t) => iso(t) },
  { pattern: /\bday before yesterday\b|前天/gi, resolve: (_m, t) => iso(addDays(t, -2)) },
  { pattern: /\byesterday\b|昨天|昨日|昨晚/gi, resolve: (_m, t) => iso(addDays(t, -1)) },
  { pattern: /\btomorrow\b|明天/gi, resolve: (_m, t) => iso(addDays(t, 1)) },
  { pattern: /后天/g, resolve: (_m, t) => iso(addDays(t, 2)) },
  {
    pattern:
      /\b(\d{1,2}|a|one|two|three|four|five|six|seven)\s+days?\s+ago\b|(\d{1,2}|[一两二三四五六七八九十])天(?:前|之前|以前)/gi,
    resolve: (m, t) => {
      const words: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
      const raw = (m[1] ?? m[2] ?? "1").toLowerCase();
      return iso(addDays(t, -(words[raw] ?? parseCount(raw))));
    },
  },
  {
    pattern:
      /\blast\s+(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b|(?:上周|上星期|上个星期|上礼拜)([一二三四五六日天])/gi,
    resolve: (m, t) => {
      const weekday = m[1]
        ? WEEKDAYS_EN.indexOf(m[1].toLowerCase())
        : WEEKDAYS_ZH.indexOf(m[2] === "天" ? "日" : (m[2] ?? ""));
      return iso(pastWeekday(t, weekday, true));
    },
  },
  {
    pattern:
      /\bon\s+(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b|(?<![上下])(?:周|星期|礼拜)([一二三四五六日天])/gi,
    resolve: (m, t) => {
      const weekday = m[1]
        ? WEEKDAYS_EN.indexOf(m[1].toLowerCase())
        : WEEKDAYS_ZH.indexOf(m[2] === "天" ? "日" : (m[2] ?? ""));
      return iso(pastWeekday(t, weekday, false));
    },
  },
  {
    pattern: /\blast\s+week\b|上周|上星期|上个星期|上礼拜/gi,
    resolve: (_m, t) => range(addDays(mondayOf(t), -7), addDays(mondayOf(t), -1)),
  },
  { pattern: /\bthis\s+week\b|本周|这周|这个星期/gi, resolve: (_m, t) => range(mondayOf(t), addDays(mondayOf(t), 6)) },
  {
    pattern: /\blast\s+month\b|上个月|上月/gi,
    resolve: (_m, t) => {
      const first = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() - 1, 1));
      return range(first, addDays(new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), 1)), -1));
    },
  },
];

/**
 * Dates relative to `reference` (the shopper's current day, given as any instant of it in UTC):
 * ISO, US month/day and Chinese dates, month names, today/yesterday/昨天/前天, N days ago, weekdays, last week
 * / 上周 and last month. Values are ISO days, or ISO intervals "from/to" for weeks and months.
 */
export function dateEntities(text: string, original: string, reference: Date): Entity[] {
  const today = new Date(Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth(), reference.getUTCDate()));
  const found: Entity[] = [];
  for (const rule of RULES) {
    for (const m of matchAll(rule.pattern, text)) {
      const value = rule.resolve(m, today);
      if (value !== undefined) found.push(spanEntity(original, "date", value, m.index, m.index + m[0].length));
    }
  }
  return found;
}
