import { describe, expect, it } from "vitest";
import { extractDate } from "./extract-date.js";

// Friday 4 December 2026, afternoon UTC.
const now = new Date("2026-12-04T17:30:00Z");

describe("extractDate", () => {
  it.each([
    ["it arrived yesterday", "2026-12-03"],
    ["昨天到的", "2026-12-03"],
    ["前天收到的", "2026-12-02"],
    ["delivered 3 days ago", "2026-12-01"],
    ["三天前下的单", "2026-12-01"],
    ["last friday", "2026-11-27"],
    ["上周五买的", "2026-11-27"],
    ["on monday", "2026-11-30"],
    ["周一到的", "2026-11-30"],
    ["ordered on Nov 20", "2026-11-20"],
    ["ordered on 11/20", "2026-11-20"],
    ["12月3号", "2026-12-03"],
    ["2026年11月5日下单", "2026-11-05"],
    ["2026-10-01", "2026-10-01"],
    ["two weeks ago", "2026-11-20"],
    ["两周前", "2026-11-20"],
    ["Dec 3rd, 2025", "2025-12-03"],
    ["12/03/2025", "2025-12-03"],
    ["ＹＥＳＴＥＲＤＡＹ", "2026-12-03"],
    ["Dec 25", "2025-12-25"],
  ])("%s → %s", (text, date) => expect(extractDate(text, now)).toEqual({ kind: "day", date }));

  it.each([
    ["sometime last week", "2026-11-23", "2026-11-29"],
    ["上周", "2026-11-23", "2026-11-29"],
    ["上个月买的", "2026-11-01", "2026-11-30"],
  ])("%s → %s..%s", (text, from, to) => expect(extractDate(text, now)).toEqual({ kind: "range", from, to }));

  it.each([["where is my order"], ["order #W0010001"], ["size 10/11"]])("no date in %s", (text) =>
    expect(extractDate(text, now)).toBeUndefined(),
  );
});
