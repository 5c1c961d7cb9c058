/** Pure extractors that read structured values from what shoppers type (EN/ZH, typos, full-width). */
export { extractAddress } from "./extract-address.js";
export { extractQuantity } from "./extract-quantity.js";
export type { ItemLike, ItemScore } from "./match-item-text.js";
export { scoreItem } from "./match-item-text.js";
export type { AddressPatch } from "./parse-address-patch.js";
export { applyAddressPatch, parseAddressPatch } from "./parse-address-patch.js";
export type { OrdinalMention } from "./parse-ordinals.js";
export { parseOrdinals, resolvePositions } from "./parse-ordinals.js";
export type { UsAddress } from "./parse-us-address.js";
export { parseUsAddress } from "./parse-us-address.js";
export type { ZhAddress } from "./parse-zh-address.js";
export { parseZhAddress } from "./parse-zh-address.js";
export type { AddressPart, ParsedAddress } from "./parsed-address.js";
export { toShopAddress } from "./parsed-address.js";
export type { ItemSelection } from "./select-items.js";
export { selectItems } from "./select-items.js";
export type { AddressCheck } from "./validate-address.js";
export { validateAddress } from "./validate-address.js";
