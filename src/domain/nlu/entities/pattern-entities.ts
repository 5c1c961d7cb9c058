import type { Entity } from "../entity.js";
import { groupSpan, matchAll, spanEntity } from "./entity-candidate.js";

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const ORDER_W = /(?<![A-Za-z0-9])#?([Ww]\d{7})(?!\d)/g;
const TRACKING_PREFIXED =
  /(?<![A-Za-z0-9])((?:SF|YT|ZTO|JD|JT|YD|STO|EMS|sf|yt|jd)\d{10,15}|1Z[0-9A-Z]{16})(?![A-Za-z0-9])/g;
const LONG_NUMBER = /(?<![A-Za-z0-9#])(\d{10,20})(?![\d])/g;
const CN_MOBILE = /(?<![\d+])(?:\+?86[- ]?)?(1[3-9]\d[- ]?\d{4}[- ]?\d{4})(?!\d)/g;
const INTL_PHONE = /(?<![\w+])(\+\d{1,3}[ -]?(?:\(\d{1,4}\)[ -]?)?\d{2,4}(?:[ -]?\d{2,4}){1,4})(?!\d)/g;
const US_PHONE = /(?<![\d])(\(\d{3}\)\s?\d{3}-\d{4}|\d{3}-\d{3}-\d{4})(?!\d)/g;
const AMOUNT_PREFIX = /(¥|\$|RMB|CNY|USD|US\$)\s?(\d{1,9}(?:,\d{3})*(?:\.\d{1,2})?)/gi;
const AMOUNT_SUFFIX = /(?<![\d.])(\d{1,9}(?:\.\d{1,2})?)\s?(元|块钱|块|人民币|rmb|yuan|dollars?|bucks|usd)(?![a-z])/gi;
const ZIP_CUED = /(?:zip(?:\s?code)?|post(?:al)?\s?code|邮编|邮政编码)\D{0,6}?(\d{5}(?:-\d{4})?|\d{6})(?!\d)/dgi;
// Five digits glued to a unit ("20000mAh", "10000 mah") are a quantity, not a zip.
const BARE_ZIP =
  /(?<![\d#A-Za-z.,$¥])(\d{5})(?![\d.,A-Za-z]|\s?(?:元|块|毫安|(?:yuan|dollars?|mah|ml|mm|gb|pcs|pieces)\b))/gi;
const ORDER_CUE = /(order|订单|单号)[^\n]{0,12}$/i;
const TRACKING_CUE = /(track|tracking|运单|快递单|物流单|waybill|courier)[^\n]{0,14}$/i;

function currency(symbol: string): string {
  const s = symbol.toLowerCase();
  return s === "$" || s === "usd" || s === "us$" || s.startsWith("dollar") || s === "bucks" ? "USD" : "CNY";
}

function amountValue(number: string, symbol: string): string {
  return `${Number(number.replace(/,/g, "")).toFixed(2)} ${currency(symbol)}`;
}

/**
 * Regex entities: emails, order ids (#W1234567, 13-digit 20xxxxxxxxxxx or any long number after
 * "order/订单"), tracking numbers (carrier prefixes, or long numbers after a tracking cue, or
 * 12-digit ones), phones, amounts and zip codes. Works on half-width text.
 */
export function patternEntities(text: string, original: string): Entity[] {
  const found: Entity[] = [];
  for (const m of matchAll(EMAIL, text)) {
    found.push(spanEntity(original, "email", m[0].toLowerCase(), m.index, m.index + m[0].length));
  }
  for (const m of matchAll(ORDER_W, text)) {
    found.push(spanEntity(original, "order_id", `#${(m[1] ?? "").toUpperCase()}`, m.index, m.index + m[0].length));
  }
  for (const m of matchAll(TRACKING_PREFIXED, text)) {
    found.push(spanEntity(original, "tracking_id", (m[1] ?? "").toUpperCase(), m.index, m.index + m[0].length));
  }
  for (const m of matchAll(CN_MOBILE, text)) {
    found.push(spanEntity(original, "phone", (m[1] ?? "").replace(/[- ]/g, ""), m.index, m.index + m[0].length));
  }
  for (const pattern of [INTL_PHONE, US_PHONE]) {
    for (const m of matchAll(pattern, text)) {
      const digits = m[0].replace(/[^\d+]/g, "");
      if (digits.replace("+", "").length < 8) continue;
      found.push(spanEntity(original, "phone", digits, m.index, m.index + m[0].length, { score: 0.9 }));
    }
  }
  for (const m of matchAll(LONG_NUMBER, text)) {
    const digits = m[1] ?? "";
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    const start = m.index;
    const end = start + digits.length;
    if (TRACKING_CUE.test(before)) found.push(spanEntity(original, "tracking_id", digits, start, end));
    else if (ORDER_CUE.test(before) || /^20\d{11}$/.test(digits)) {
      found.push(spanEntity(original, "order_id", digits, start, end));
    } else if (digits.length >= 12) found.push(spanEntity(original, "tracking_id", digits, start, end, { score: 0.7 }));
  }
  for (const m of matchAll(AMOUNT_PREFIX, text)) {
    found.push(spanEntity(original, "amount", amountValue(m[2] ?? "0", m[1] ?? ""), m.index, m.index + m[0].length));
  }
  for (const m of matchAll(AMOUNT_SUFFIX, text)) {
    found.push(spanEntity(original, "amount", amountValue(m[1] ?? "0", m[2] ?? ""), m.index, m.index + m[0].length));
  }
  for (const m of matchAll(ZIP_CUED, text)) {
    const [start, end] = groupSpan(m, 1);
    found.push(spanEntity(original, "zip", m[1] ?? "", start, end));
  }
  for (const m of matchAll(BARE_ZIP, text)) {
    found.push(spanEntity(original, "zip", m[1] ?? "", m.index, m.index + 5, { score: 0.6 }));
  }
  return found;
}
