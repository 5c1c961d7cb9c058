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

/** What one message says about the address: complete (ready to store) or partial (ask for the rest). */
export type AddressReading =
  | { kind: "complete"; address: Record<string, string> }
  | { kind: "partial"; draft: Record<string, string>; missing: AddressPart[] }
  | { kind: "none" };

/**
 * Reads an address from a whole message ("can I change the address of W1 to 88 Pine Road, Oakland
 * CA 94610?" stores only the address), or completes the draft from a follow-up ("zip is 94610").
 */
export function readAddress(text: string, draft: FlowSlots["addressDraft"]): AddressReading {
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
