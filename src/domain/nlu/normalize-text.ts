import { TRADITIONAL_TO_SIMPLIFIED } from "./traditional-chars.js";

/**
 * Length-preserving normalisation: full-width ASCII → half-width, ideographic space → space,
 * upper → lower case, common traditional characters → simplified. Keeping one output char per input char lets entity spans found on the
 * normalised text index the original message directly.
 */
export function normalizeText(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
    else if (code === 0x3000) code = 0x20;
    if (code >= 65 && code <= 90) code += 32;
    else if (code > 127 && code < 0xd800) {
      const simplified = TRADITIONAL_TO_SIMPLIFIED.get(code);
      if (simplified !== undefined) code = simplified;
      const lower = String.fromCharCode(code).toLowerCase();
      if (lower.length === 1) code = lower.charCodeAt(0);
    }
    out += String.fromCharCode(code);
  }
  return out;
}

/** Full-width → half-width only, keeping case (for entity patterns where case matters, e.g. "M" sizes). */
export function toHalfWidth(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += " ";
    else out += text.charAt(i);
  }
  return out;
}

/** True for CJK unified ideographs (the basic block and extension A). */
export function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

/** True for ASCII letters. */
export function isLatinLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}
