import { cleanInput } from "./text.js";
import { STATE_NAME_FORMS, usStateCode } from "./us-states.js";
import { isDirection, isStreetType, UNIT_AT_START } from "./us-street.js";

/** A US-style address read from a message; "" marks a part the shopper did not give. */
export interface UsAddress {
  /** Street number and name ("88 Pine Road"). */
  line1: string;
  /** Apartment, suite or unit ("Apt 4B"), "" when none. */
  line2: string;
  city: string;
  /** Two-letter state code ("CA"), even when the shopper wrote "California". */
  state: string;
  /** Five digits, or ZIP+4 as "94610-1234". */
  zip: string;
  country: string;
}

const TRAILING_NOISE =
  /(?:[\s,.;:!?~)\u{1F300}-\u{1FAFF}\u2600-\u27BF]|\uFE0F|谢谢|多谢|麻烦了|可以吗|吧|\b(?:thanks?(?: you)?(?: so much| a lot)?|thx|tks|ty|pls|plz|please|instead|asap|cheers|if possible|if you can|then|now|and|or|so|for (?:my |the )?order(?: #?w?\d+)?|for #?w\d+|on (?:my |the )?order(?: #?w?\d+)?)\b)+$/iu;
const COUNTRY_AT_END = /(?:^|[\s,]+)(usa|u\.s\.a\.?|us|u\.s\.?|united states(?: of america)?|america)$/i;
const ZIP_AT_END = /(?:^|[\s,]+)(?:zip(?:\s?code)?\s*:?\s*)?(\d{5})(?:\s?-\s?(\d{4}))?$/i;
const CODE_AT_END = /(?:^|[\s,]+)([a-z]{2}|[a-z]\.[a-z]\.)$/i;
/** A house number followed by a word, not part of an order id like W0010001. */
const STREET_START = /(?<![\w#-])(?:\d{1,6}(?:-\d{1,4})?[a-z]?\s+(?=[a-z0-9])|p\.?\s?o\.?\s?box\s*\d)/gi;
/** Where a request ends and the address begins when no house number is given ("change it to Pine Road"). */
const ADDRESS_CUE = /(?:\bto|\baddress(?: is)?|\bis|:)\s+/gi;

function stripTrailingNoise(text: string): string {
  let out = text;
  for (;;) {
    const next = out.replace(TRAILING_NOISE, "");
    if (next === out) return out.trim();
    out = next;
  }
}

function takeEnd(text: string, pattern: RegExp): [RegExpMatchArray | null, string] {
  const m = text.match(pattern);
  if (!m || m.index === undefined) return [null, text];
  return [m, text.slice(0, m.index)];
}

/** The state at the end of `text` (a name, alias or code), with what precedes it. */
function takeState(raw: string): [string, string] {
  const text = raw.replace(/\.$/, "");
  const lower = text.toLowerCase();
  for (const form of STATE_NAME_FORMS) {
    if (!lower.endsWith(form)) continue;
    const before = text.slice(0, text.length - form.length);
    if (before === "" || /[\s,]$/.test(before)) return [usStateCode(form) ?? "", before.replace(/[\s,]+$/, "")];
  }
  const [m, before] = takeEnd(text, CODE_AT_END);
  const code = m ? usStateCode(m[1] ?? "") : undefined;
  if (code && before.trim() !== "") return [code, before];
  return ["", text];
}

/** Splits "12 Elm St Apt 4B Austin" at the street type (and unit) when no comma marks the city. */
function splitStreetAndCity(text: string): { street: string; unit: string; city: string } {
  const words = text.split(/\s+/).filter(Boolean);
  for (let i = 2; i < words.length; i++) {
    if (!isStreetType(words[i] ?? "")) continue;
    let end = i + 1;
    if (isDirection(words[end] ?? "") && end < words.length - 1) end++;
    const street = words.slice(0, end).join(" ");
    const rest = words.slice(end).join(" ");
    const unit = rest.match(UNIT_AT_START)?.[0] ?? "";
    return { street, unit, city: rest.slice(unit.length).trim() };
  }
  const unitAt = words.findIndex((_w, i) => i > 0 && UNIT_AT_START.test(words.slice(i).join(" ")));
  if (unitAt > 0) {
    const rest = words.slice(unitAt).join(" ");
    const unit = rest.match(UNIT_AT_START)?.[0] ?? "";
    return { street: words.slice(0, unitAt).join(" "), unit, city: rest.slice(unit.length).trim() };
  }
  return { street: text, unit: "", city: "" };
}

/** Splits "12 Elm St Apt 4B" into street and unit. */
function splitUnit(line: string): [string, string] {
  const words = line.split(/\s+/);
  for (let i = 2; i < words.length; i++) {
    const rest = words.slice(i).join(" ");
    const unit = rest.match(UNIT_AT_START)?.[0];
    if (unit && unit.length === rest.length) return [words.slice(0, i).join(" "), unit];
  }
  return [line, ""];
}

function tidy(part: string): string {
  const t = part.replace(/\s+/g, " ").replace(/^[\s,.;:'"-]+|[\s,;:'"-]+$/g, "");
  // All-lowercase input reads better capitalised in the confirmation ("oakland" → "Oakland").
  if (t !== t.toLowerCase()) return t;
  return t.replace(/\b([a-z])/g, (c) => c.toUpperCase());
}

/** Drops what follows "STATE ZIP" ("…CA 95014, can you update W0010001"), keeping a country right after it. */
function cutAfterZip(body: string): string {
  const zips = [...body.matchAll(/(?<!\d)\d{5}(?:\s?-\s?\d{4})?(?!\d)/g)].reverse();
  for (const z of zips) {
    const end = (z.index ?? 0) + z[0].length;
    const [state] = takeState(body.slice(0, z.index).replace(/[\s,]+(?:zip(?:\s?code)?\s*:?\s*)?$/i, ""));
    if (!state) continue;
    const country = body.slice(end).match(/^[\s,]+(?:usa|u\.s\.a\.?|united states(?: of america)?)\b/i)?.[0] ?? "";
    return body.slice(0, end + country.length);
  }
  return body;
}

function parseBody(body: string): UsAddress {
  let rest = stripTrailingNoise(cutAfterZip(body));
  let country = "USA";
  const [countryMatch, beforeCountry] = takeEnd(rest, COUNTRY_AT_END);
  if (countryMatch && beforeCountry.trim() !== "") rest = stripTrailingNoise(beforeCountry);
  const [zipMatch, beforeZip] = takeEnd(rest, ZIP_AT_END);
  let zip = "";
  if (zipMatch && beforeZip.trim() !== "") {
    zip = zipMatch[2] ? `${zipMatch[1]}-${zipMatch[2]}` : (zipMatch[1] ?? "");
    rest = beforeZip.replace(/[\s,]+$/, "");
  }
  const [state, beforeState] = takeState(rest);
  rest = beforeState.replace(/[\s,]+$/, "");
  const parts = rest
    .split(/\s*[,;\n]\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  let line1 = parts[0] ?? "";
  let line2 = "";
  let city = "";
  if (parts.length >= 2) {
    city = parts.at(-1) ?? "";
    const middle = parts.slice(1, -1);
    const [street, unit] = splitUnit(line1);
    line1 = street;
    line2 = [unit, ...middle].filter(Boolean).join(", ");
    if (middle.length === 0 && !unit && UNIT_AT_START.test(city)) {
      // "12 Elm St, Apt 4B Austin": the unit opens the city part.
      const u = city.match(UNIT_AT_START)?.[0] ?? "";
      line2 = u;
      city = city.slice(u.length).trim();
    }
  } else {
    const split = splitStreetAndCity(line1);
    line1 = split.street;
    line2 = split.unit;
    city = split.city;
  }
  if (countryMatch) country = "USA";
  city = city.replace(/^(?:in|at)\s+/i, "");
  return { line1: tidy(line1), line2: tidy(line2), city: tidy(city), state, zip, country };
}

/** Words of a request, never of an address: a parse containing them started too early. */
const REQUEST_WORD =
  /\b(?:to|send|ship|change|update|address|order|my|please|pls|can|could|would|want|them|it|items?|i|you|and|instead)\b/i;

function score(a: UsAddress): number {
  const leaked = [a.line1, a.line2, a.city].filter((f) => REQUEST_WORD.test(f) || /\d/.test(a.city)).length;
  return (a.city ? 2 : 0) + (a.state ? 1 : 0) + (a.zip ? 1 : 0) + (/^\d/.test(a.line1) ? 1 : 0) - 3 * leaked;
}

/** A unit typed before the street ("Apt 4B, 12 Elm St") would otherwise be cut off with the request. */
function unitBefore(text: string, start: number): string {
  const m = text.slice(0, start).match(/(?:apt|apartment|suite|ste|unit)\.?\s*#?\s*[a-z0-9-]+[\s,]*$/i);
  return m ? m[0].replace(/[\s,]+$/, "") : "";
}

/**
 * Reads a US address from a whole message ("can I change the address of W0010001 to 88 Pine Road, Oakland
 * CA 94610?"): the request before the house number and politeness after the zip are dropped, city and state
 * are split with or without commas, state names become codes. Undefined when no street is recognisable.
 */
export function parseUsAddress(text: string): UsAddress | undefined {
  const input = cleanInput(text).replace(/\s*[\r\n]+\s*/g, ", ");
  const starts = [...input.matchAll(STREET_START)].map((m) => m.index ?? 0);
  let best: UsAddress | undefined;
  for (const start of starts) {
    const parsed = parseBody(input.slice(start));
    if (!parsed.line1) continue;
    const before = unitBefore(input, start);
    if (before && !parsed.line2) parsed.line2 = tidy(before);
    if (!best || score(parsed) > score(best)) best = parsed;
    if (score(parsed) >= 5) return parsed;
  }
  if (best && score(best) >= 3) return best;
  const cues = [...input.matchAll(ADDRESS_CUE)];
  const cue = cues.at(-1);
  if (!cue || cue.index === undefined) return undefined;
  const parsed = parseBody(input.slice(cue.index + cue[0].length));
  return parsed.line1 && parsed.city && (parsed.state || parsed.zip) ? parsed : undefined;
}
