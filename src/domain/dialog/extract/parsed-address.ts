import type { Address } from "../../shop/address.js";
import type { UsAddress } from "./parse-us-address.js";
import type { ZhAddress } from "./parse-zh-address.js";

/** An address read from a message, tagged by the convention it was written in. */
export type ParsedAddress = ({ kind: "us" } & UsAddress) | ({ kind: "zh" } & ZhAddress);

/** Field names of either convention, as named in `missing` lists and patches. */
export type AddressPart = keyof UsAddress | keyof ZhAddress;

/** The shop's Address for a parsed one: a Chinese address keeps 区+详细地址 in line1 and 省 in state. */
export function toShopAddress(parsed: ParsedAddress): Address {
  if (parsed.kind === "us") {
    const { kind: _kind, ...fields } = parsed;
    return fields;
  }
  return {
    line1: `${parsed.district}${parsed.detail}`,
    line2: "",
    city: parsed.city,
    state: parsed.province,
    zip: parsed.zip,
    country: "中国",
  };
}
