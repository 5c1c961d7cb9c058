/** Pure extractors that read structured values from what shoppers type (EN/ZH, typos, full-width). */
export { extractAddress } from "./extract-address.js";
export type { AddressPatch } from "./parse-address-patch.js";
export { applyAddressPatch, parseAddressPatch } from "./parse-address-patch.js";
export type { UsAddress } from "./parse-us-address.js";
export { parseUsAddress } from "./parse-us-address.js";
export type { ZhAddress } from "./parse-zh-address.js";
export { parseZhAddress } from "./parse-zh-address.js";
export type { AddressPart, ParsedAddress } from "./parsed-address.js";
export { toShopAddress } from "./parsed-address.js";
export type { AddressCheck } from "./validate-address.js";
export { validateAddress } from "./validate-address.js";
