import type { Locale } from "../locale.js";

/** Address fields as flows collect them (same keys as the shop's Address). */
export type AddressFields = Record<"line1" | "line2" | "city" | "state" | "zip" | "country", string>;

const ZH_ADDRESS = /^(?:(.+?(?:省|自治区))|(北京|上海|天津|重庆)市?)?(.+?市)?(.+?(?:区|县|旗).*)$/;

/**
 * Reads a postal address from free text: "1 Main St, Springfield, IL 62701, USA" or
 * "广东省深圳市南山区科技园路1号 518000". Returns undefined when it is not plausibly an address.
 */
export function parseAddress(text: string, locale: Locale): AddressFields | undefined {
  const trimmed = text
    .trim()
    .replace(/^(?:my new address is|new address:?|address:?|地址是|新地址是|新地址[:：]?|改到|改成|寄到)\s*/i, "");
  if (/[\u4e00-\u9fff]/.test(trimmed) && /(?:市|区|县|路|街|号)/.test(trimmed)) {
    const zip = trimmed.match(/(?<!\d)(\d{6})(?!\d)/)?.[1] ?? "";
    const body = trimmed.replace(zip, "").replace(/[，,\s]+/g, "");
    const m = body.match(ZH_ADDRESS);
    if (!m) return undefined;
    const state = m[1] ?? (m[2] ? `${m[2]}市` : "");
    const city = m[3] ?? (m[2] ? `${m[2]}市` : "");
    if (!city || !m[4]) return undefined;
    return { line1: m[4], line2: "", city, state, zip, country: "中国" };
  }
  const parts = trimmed.split(/\s*[,，;]\s*/).filter(Boolean);
  if (parts.length < 2 || !/\d/.test(parts[0] ?? "")) return undefined;
  const [line1 = "", ...rest] = parts;
  let country = locale === "zh" ? "中国" : "USA";
  const last = rest.at(-1) ?? "";
  if (rest.length >= 3 && !/\d/.test(last)) {
    country = last;
    rest.pop();
  }
  let zip = "";
  let state = "";
  const stateZip = rest.at(-1)?.match(/^([A-Za-z .]+?)\s+(\d{5}(?:-\d{4})?)$/);
  if (rest.length >= 2 && stateZip) {
    state = stateZip[1] ?? "";
    zip = stateZip[2] ?? "";
    rest.pop();
  } else {
    const z = rest.at(-1)?.match(/^(\d{5}(?:-\d{4})?)$/);
    if (rest.length >= 2 && z) {
      zip = z[1] ?? "";
      rest.pop();
    }
  }
  const city = rest.pop() ?? "";
  const line2 = rest.join(", ");
  if (!city) return undefined;
  return { line1, line2, city, state, zip, country };
}
