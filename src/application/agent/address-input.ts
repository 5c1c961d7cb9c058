import type { FlowSlots } from "../../domain/dialog/dialog-state.js";
import {
  type AddressPart,
  applyAddressPatch,
  extractAddress,
  type ParsedAddress,
  parseAddressPatch,
  toShopAddress,
  validateAddress,
} from "../../domain/dialog/extract/index.js";
import type { Locale } from "../../domain/locale.js";

const PART_LABELS: Record<AddressPart, [string, string]> = {
  line1: ["street and number", "街道门牌"],
  line2: ["apartment", "门牌补充"],
  city: ["city", "市"],
  state: ["state", "州"],
  zip: ["zip code", "邮编"],
  country: ["country", "国家"],
  province: ["province", "省"],
  district: ["district", "区/县"],
  detail: ["street and number", "详细地址（街道门牌）"],
};

/** The missing parts named for the shopper ("city and zip code", "省、邮编"). */
export function missingPartsText(missing: readonly AddressPart[], locale: Locale): string {
  const names = missing.map((p) => PART_LABELS[p][locale === "zh" ? 1 : 0]);
  return locale === "zh" ? names.join("、") : names.join(", ").replace(/, ([^,]*)$/, " and $1");
}

/** The draft kept between turns while parts are missing, back as a ParsedAddress. */
export function draftAddress(draft: FlowSlots["addressDraft"]): ParsedAddress | undefined {
  if (!draft) return undefined;
  const f = (k: string) => draft[k] ?? "";
  if (draft.kind === "zh") {
    return {
      kind: "zh",
      province: f("province"),
      city: f("city"),
      district: f("district"),
      detail: f("detail"),
      zip: f("zip"),
    };
  }
  if (draft.kind !== "us") return undefined;
  return {
    kind: "us",
    line1: f("line1"),
    line2: f("line2"),
    city: f("city"),
    state: f("state"),
    zip: f("zip"),
    country: f("country"),
  };
}

/** A ParsedAddress as the plain record kept in the dialog state. */
export function toDraft(parsed: ParsedAddress): Record<string, string> {
  return Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, String(v)]));
}

/** Where a Chinese request turns into the address ("把W1的收货地址改成北京市…"). */
const ZH_ADDRESS_CUE = /(?:改成|改到|改为|换成|寄到|送到|发到|地址是|地址为)/;

/**
 * The part of a message that can hold the address: after the Chinese cue when there is one, and
 * without the email, order number, phone and their labels ("订单号w0020001 邮箱 li.na@…").
 */
export function addressText(text: string): string {
  let t = text;
  const cue = /[\u4e00-\u9fff]/.test(t) ? t.match(ZH_ADDRESS_CUE) : null;
  if (cue?.index !== undefined) {
    const after = t.slice(cue.index + cue[0].length);
    if (after.trim().length >= 2) t = after;
  }
  return t
    .replace(/[^\s@,;，；:：]+@[^\s@,;，；:：]+\.[A-Za-z]{2,}/g, " ")
    .replace(/(?:我的?)?(?:订单号?|邮箱|手机号?|电话)[:：]?\s*(?=[\sA-Za-z0-9#+]|$)/g, " ")
    .replace(/#?\b[Ww]\d{7}\b/g, " ")
    .replace(/(?:\+?86[\s-]?)?\b1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}\b/g, " ")
    .replace(/[ \t]+/g, " ")
    .trim();
}

/** What one message says about the address: complete (ready to store) or partial (ask for the rest). */
export type AddressReading =
  | { kind: "complete"; address: Record<string, string> }
  | { kind: "partial"; draft: Record<string, string>; missing: AddressPart[] }
  | { kind: "none" };

/**
 * Reads an address from a whole message ("can I change the address of W1 to 88 Pine Road, Oakland
 * CA 94610?" stores only the address), or completes the draft from a follow-up ("zip is 94610").
 */
export function readAddress(message: string, draft: FlowSlots["addressDraft"]): AddressReading {
  const text = addressText(message);
  const previous = draftAddress(draft);
  const typed = extractAddress(text);
  let parsed = typed;
  if (previous) {
    const missing = validateAddress(previous).missing;
    const patched = applyAddressPatch(previous, parseAddressPatch(text, previous.kind, missing));
    // A whole new address wins over patching the old draft.
    const typedComplete = typed && validateAddress(typed).complete;
    parsed = typedComplete ? typed : patched;
  }
  if (!parsed) return { kind: "none" };
  const check = validateAddress(parsed);
  if (check.complete) return { kind: "complete", address: toShopAddress(parsed) };
  if (previous && check.missing.length >= validateAddress(previous).missing.length && !typed) return { kind: "none" };
  return { kind: "partial", draft: toDraft(parsed), missing: check.missing };
}
