import type { UsAddress } from "./parse-us-address.js";
import type { ZhAddress } from "./parse-zh-address.js";
import type { ParsedAddress } from "./parsed-address.js";
import { cleanInput } from "./text.js";
import { usStateCode } from "./us-states.js";
import { UNIT_AT_START } from "./us-street.js";
import { provinceFullName } from "./zh-regions.js";

/** Fields a short follow-up reply supplies ("zip is 94610", "邮编 100020"). */
export type AddressPatch = Partial<UsAddress> & Partial<ZhAddress>;

const LEAD = /^(?:(?:oh|sorry|oops|ah|and|also|it'?s|its|it is|the|my|yes|yeah)[\s,]+)*/i;
const TAIL = /[\s,.!?]*(?:thanks?(?: you)?|thx|pls|please)?[\s,.!?]*$/i;

function usPatch(text: string, wanted: readonly string[]): AddressPatch {
  const t = text.replace(LEAD, "").replace(TAIL, "").trim();
  const patch: AddressPatch = {};
  const zip = t.match(/(?<!\d)(\d{5})(?:\s?-\s?(\d{4}))?(?!\d)/);
  if (zip && (wanted.includes("zip") || /\bzip|postal|post code/i.test(t))) {
    patch.zip = zip[2] ? `${zip[1]}-${zip[2]}` : (zip[1] ?? "");
  }
  const labelled = t.match(
    /\b(city|state|apt|apartment|suite|unit|street|address line ?2?|line ?2)\b\s*(?:is|:|=)?\s*(.+)$/i,
  );
  const label = labelled?.[1]?.toLowerCase() ?? "";
  const value = (labelled?.[2] ?? "").replace(/\s*(?:and )?(?:the )?zip.*$/i, "").trim();
  if (label === "city" && value) patch.city = value;
  else if (label === "state") {
    const code = usStateCode(value);
    if (code) patch.state = code;
  } else if (/^(?:apt|apartment|suite|unit|address line ?2|line ?2)$/.test(label)) {
    patch.line2 =
      UNIT_AT_START.test(`${labelled?.[1]} ${value}`) && label !== "line 2" ? `${labelled?.[1]} ${value}` : value;
  }
  const bare = t
    .replace(/(?<!\d)\d{5}(?:-\d{4})?(?!\d)/, "")
    .replace(/[\s,]+$/, "")
    .trim();
  if (!patch.state && wanted.includes("state") && bare) {
    const code = usStateCode(bare) ?? usStateCode(bare.split(/[\s,]+/).at(-1) ?? "");
    if (code) patch.state = code;
  }
  if (!patch.city && wanted.includes("city") && !labelled && bare && /^[a-z .'-]+$/i.test(bare) && !usStateCode(bare)) {
    patch.city = bare.replace(/\b([a-z])/g, (c) => c.toUpperCase());
  }
  return patch;
}

function zhPatch(text: string, wanted: readonly string[]): AddressPatch {
  const t = text.replace(/\s+/g, "").replace(/[。.!！?？]+$/, "");
  const patch: AddressPatch = {};
  const zip = t.match(/(?<!\d)(\d{6})(?!\d)/);
  if (zip && (wanted.includes("zip") || /邮编|邮政编码/.test(t))) patch.zip = zip[1] ?? "";
  const body = t.replace(/^(?:是|在|哦|噢|对|嗯)+/, "").replace(/(?:邮编|邮政编码)[:：]?(?:是)?\d{6}/, "");
  const province = provinceFullName(body.replace(/^省份?[:：]?(?:是)?/, ""));
  if (province && wanted.includes("province")) patch.province = province;
  else if (/^.{1,8}(?:市|自治州|地区|盟)$/.test(body) && wanted.includes("city")) patch.city = body;
  else if (/^.{1,8}(?:区|县|旗|市)$/.test(body) && wanted.includes("district")) patch.district = body;
  else if (/[路街道号弄巷村室楼栋]/.test(body) && wanted.includes("detail")) {
    patch.detail = body.replace(/^(?:详细地址|地址)[:：]?(?:是)?/, "");
  }
  return patch;
}

/**
 * Reads the parts a follow-up reply supplies when the bot asked for `wanted` ("zip is 94610",
 * "CA", "city: Oakland", "邮编 100020", "朝阳区"). Returns only the fields it is sure of.
 */
export function parseAddressPatch(text: string, kind: ParsedAddress["kind"], wanted: readonly string[]): AddressPatch {
  const input = cleanInput(text);
  return kind === "us" ? usPatch(input, wanted) : zhPatch(input, wanted);
}

/** The address with a patch applied (only non-empty patch fields overwrite). */
export function applyAddressPatch(address: ParsedAddress, patch: AddressPatch): ParsedAddress {
  const next = { ...address };
  for (const [key, value] of Object.entries(patch)) {
    if (typeof value === "string" && value !== "" && key in next) Object.assign(next, { [key]: value });
  }
  return next;
}
