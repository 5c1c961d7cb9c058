import { cleanInput } from "./text.js";

/** A phone number read from a message, in forms for storage (E.164), matching (national) and display. */
export type ExtractedPhone =
  | { kind: "cn_mobile" | "cn_landline" | "us"; e164: string; national: string; display: string }
  /** Digits that were meant as a phone but have the wrong length, so the bot can ask again. */
  | { kind: "invalid"; digits: string; reason: "too_short" | "too_long" };

const SEP = "[\\s\\-.·()]*";
const CN_MOBILE = new RegExp(
  `(?<![\\d+])(?:(?:\\+|00)?86${SEP}|\\(\\+?86\\)${SEP})?(1[3-9]\\d)${SEP}(\\d{4})${SEP}(\\d{4})(?![\\d])`,
);
const CN_LANDLINE = new RegExp(
  `(?<![\\d+])(?:(?:\\+|00)?86${SEP})?\\(?(0\\d{2,3})\\)?${SEP}(\\d{3,4})${SEP}(\\d{4})(?![\\d])`,
);
const US = new RegExp(`(?<![\\d+])(?:\\+?1${SEP})?\\(?([2-9]\\d{2})\\)?${SEP}([2-9]\\d{2})${SEP}(\\d{4})(?![\\d])`);
const PHONE_CUE = /phone|mobile|cell|number|tel|手机|电话|号码|联系方式/i;

/**
 * Reads a phone number: Chinese mobiles in any spacing ("+86 138 0013 8000", "138-0013-8000", "0086 13800138000",
 * full-width digits), Chinese landlines ("010-12345678") and US numbers ("(415) 555-2671"). Digit runs that were
 * clearly meant as a mobile but have the wrong length come back as invalid.
 */
export function extractPhone(text: string): ExtractedPhone | undefined {
  const t = cleanInput(text).replace(/#?\b[Ww]\d{7}\b/g, " ");
  const mobile = t.match(CN_MOBILE);
  if (mobile) {
    const national = `${mobile[1]}${mobile[2]}${mobile[3]}`;
    return { kind: "cn_mobile", e164: `+86${national}`, national, display: `${mobile[1]} ${mobile[2]} ${mobile[3]}` };
  }
  const landline = t.match(CN_LANDLINE);
  if (landline && /^0(?:10|2\d|[3-9]\d{2})$/.test(landline[1] ?? "")) {
    const area = landline[1] ?? "";
    const local = `${landline[2]}${landline[3]}`;
    if (area.length + local.length >= 10 && area.length + local.length <= 12) {
      return {
        kind: "cn_landline",
        e164: `+86${area.slice(1)}${local}`,
        national: `${area}${local}`,
        display: `${area}-${local}`,
      };
    }
  }
  const us = t.match(US);
  if (us && (/\+1|\(\d{3}\)|\d{3}[-.\s]\d{3}[-.\s]\d{4}/.test(us[0]) || PHONE_CUE.test(t))) {
    const national = `${us[1]}${us[2]}${us[3]}`;
    return { kind: "us", e164: `+1${national}`, national, display: `(${us[1]}) ${us[2]}-${us[3]}` };
  }
  for (const m of t.matchAll(/(?<![\d])(?:\+?86[\s-]?)?(1[3-9][\d\s-]{7,14}\d)(?!\d)/g)) {
    const digits = (m[1] ?? "").replace(/\D/g, "");
    if (digits.length === 11) continue;
    if (digits.length >= 9 && digits.length <= 13 && (PHONE_CUE.test(t) || digits.length !== 10)) {
      return { kind: "invalid", digits, reason: digits.length < 11 ? "too_short" : "too_long" };
    }
  }
  return undefined;
}
