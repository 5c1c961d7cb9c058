/**
 * Pure extractors that read structured values from what shoppers type: EN/ZH, typos, full-width characters,
 * whole requests in one sentence. No I/O; the dialog runtime wires them into slots and validators.
 */

/** Reads an address in either convention from a whole message (US-style or 省/市/区/详细地址). */
export { extractAddress } from "./extract-address.js";
/** First date in a message relative to today ("yesterday", "上周五", "Dec 3rd, 2026", "last week"). */
export { type ExtractedDate, extractDate } from "./extract-date.js";
/** Email with spelled-out/spaced forms fixed and a suggestion for common-domain typos. */
export { type ExtractedEmail, extractEmail } from "./extract-email.js";
/** Chinese mobiles/landlines and US numbers in any spacing, as E.164 + display; wrong lengths flagged. */
export { type ExtractedPhone, extractPhone } from "./extract-phone.js";
/** Unit counts ("2 of the t-shirts", "两件", "x2"), never money, sizes or ids. */
export { extractQuantity } from "./extract-quantity.js";
/** Reason category (en/zh) and cleaned text; maps onto the policy's cancel reasons. */
export {
  cancelReasonOf,
  type ExtractedReason,
  extractReason,
  mentionsMistakeTypo,
  type ReasonCategory,
} from "./extract-reason.js";
/** How strongly a text names an item (name and option parts), for ranking lists. */
export { type ItemLike, type ItemScore, scoreItem } from "./match-item-text.js";
/** Reads the fields a follow-up reply supplies ("zip is 94610", "邮编 100020") and merges them in. */
export { type AddressPatch, applyAddressPatch, parseAddressPatch } from "./parse-address-patch.js";
/** Ordinal references ("the second one", "第二个", "last one") and all/both. */
export { type OrdinalMention, parseOrdinals, resolvePositions } from "./parse-ordinals.js";
/** US address parser: line1, line2, city, state code, zip (ZIP+4), country. */
export { parseUsAddress, type UsAddress } from "./parse-us-address.js";
/** Chinese address parser: province, city, district, detail, zip. */
export { parseZhAddress, type ZhAddress } from "./parse-zh-address.js";
/** Tagged address union, its field names, and the mapping onto the shop's Address. */
export { type AddressPart, type ParsedAddress, toShopAddress } from "./parsed-address.js";
/** Raw payment references in a text (kind, brand, last4, negated), for finer handling. */
export { type PaymentMention, paymentMentions } from "./payment-mentions.js";
/** The part of a request pointing at the item to change, without the target ("… to black, 8 cups"). */
export { requestItemPart } from "./request-item-part.js";
/** Resolves "my PayPal", "card ending 1234", "礼品卡", "原路退回" against saved methods; flags ambiguity and both. */
export { type PaymentContext, type PaymentResolution, resolvePaymentMethod } from "./resolve-payment-method.js";
/** Resolves "same but in black" / "换成黑色 L码" to a variant, or lists in-stock alternatives. */
export { resolveVariantChange, type VariantChange, type VariantLike } from "./resolve-variant-change.js";
/** Picks items by name/typo, option, ordinal, both/all/except; ambiguous results carry candidates. */
export { type ItemSelection, selectItems } from "./select-items.js";
/** The new first line when a message corrects only the street and number ("不对，是建国路99号"). */
export { streetCorrection } from "./street-correction.js";
/** Missing required parts (to ask for) and a one-line display string (to confirm). */
export { type AddressCheck, validateAddress } from "./validate-address.js";
