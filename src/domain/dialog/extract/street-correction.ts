import { cleanInput, hasHan } from "./text.js";
import { isStreetType } from "./us-street.js";

const ZH_PREFACE = /^(?:不对|不是|错了|搞错了|写错了|应该是|其实是|是|改成|换成|改为|哦|噢|嗯|抱歉|[,.!\s])+/;
const ZH_DISTRICT = /^.{1,8}?(?:新区|区|县|旗)/;
const EN_PREFACE =
  /^(?:(?:no|nope|wait|sorry|oops|actually|wrong|not that|i meant|i mean|it'?s|its|it is|it should be|should be|the street is|street is|make it)[\s,.!:-]+)+/i;

function zhStreet(text: string, line1: string): string | undefined {
  const body = (
    cleanInput(text)
      .split(/[,.!?;]/)
      .find((part) => /[路街道号弄巷]/.test(part)) ?? ""
  )
    .replace(/\s+/g, "")
    .replace(ZH_PREFACE, "");
  // A province or city means a whole new address, which the address reader handles.
  if (!/[路街道弄巷].*\d+号?|\d+号/.test(body) || /[省市]/.test(body) || body.length > 30) return undefined;
  if (ZH_DISTRICT.test(body)) return body;
  return (line1.match(ZH_DISTRICT)?.[0] ?? "") + body;
}

function enStreet(text: string): string | undefined {
  const t = cleanInput(text)
    .replace(EN_PREFACE, "")
    .replace(/[\s,.!]+$/, "");
  const m = t.match(/^(\d+[a-z]?(?:\s+[a-z0-9.'-]+){1,4})$/i);
  const words = m?.[1]?.split(/\s+/) ?? [];
  return words.length >= 2 && isStreetType(words.at(-1) ?? "") ? m?.[1] : undefined;
}

/**
 * "不对，是建国路99号", "no, it's 90 Pine Road": a message that corrects only the street and number
 * of the address being confirmed. Returns the new first line (the 区 of `line1` kept) or undefined.
 */
export function streetCorrection(text: string, line1: string): string | undefined {
  return hasHan(text) ? zhStreet(text, line1) : enStreet(text);
}
