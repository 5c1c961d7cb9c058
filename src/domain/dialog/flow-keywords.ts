import { normalizeText } from "../nlu/normalize-text.js";
import { editDistance } from "./extract/text.js";
import type { DialogFlow } from "./flow-specs.js";

/** Request words a typo must not hide ("cange how i pay", "chnage the adress", "exhcange"). */
const REQUEST_WORDS = [
  "change",
  "cancel",
  "exchange",
  "return",
  "address",
  "payment",
  "delivery",
  "shipping",
  "switch",
];
/** Real words one slip from a request word, which mean something else. */
const NOT_TYPOS = new Set(["chance", "charge", "changed", "charged", "changer", "cancer", "switches"]);

/** The text with request words typed with one slip (same first letter) spelled right, for the keyword patterns. */
function fixRequestTypos(t: string): string {
  return t.replace(/\b[a-z]{5,9}\b/g, (word) => {
    if (REQUEST_WORDS.includes(word) || NOT_TYPOS.has(word)) return word;
    const fixed = REQUEST_WORDS.find((w) => w[0] === word[0] && editDistance(word, w, 1) <= 1);
    return fixed ?? word;
  });
}

/**
 * Unambiguous phrasings of a request, checked when the intent classifier is unsure: a keyword
 * backstop so "exchange order #W1" or "ship it to a new place" never falls through.
 */
const KEYWORDS: readonly [DialogFlow, RegExp][] = [
  ["update_default_address", /default address|默认地址/],
  [
    "modify_address",
    /\bship (?:it|order|my order|.{0,20}) to\b|\b(?:deliver(?:ed)?|sent|send|ship(?:ped)?|mail(?:ed)?) (?:it |them |this |my order |the order )?to (?:\d|my new|a new|another)|change where (?:it|my order|the order|they) (?:ships|goes|is shipped|gets delivered)|new (?:address|place)|change (?:the |my )?(?:shipping |delivery )?address|改地址|修改地址|收货地址|地址(?:改|换|变)|寄到/,
  ],
  [
    "modify_payment",
    /(?:change|switch|use) (?:the |my )?(?:payment|card)|\b(?:change|switch) how (?:i|we) pay\b|\bswitch (?:it |the payment )?to (?:my |the )?(?:paypal|gift ?card|credit card|card|visa|mastercard)|\bpay (?:for )?(?:it |this |that |the order |(?:order )?#?w\d{7} )?(?:with|by|using|via)\b|支付方式|付款方式|换.{0,4}支付|改用/,
  ],
  [
    "modify_items",
    /\bchange (?:the |an |my )?(?:first |second |third |fourth |fifth |last )?item|modify (?:the )?items?|改(?:一下)?(?:商品|颜色|尺码)/,
  ],
  [
    "exchange",
    /\bexchange\b|\bswap\b|\bin (?:a |the )?(?:black|white|blue|red|green|grey|gray|navy|pink|silver|gold)(?: one)? instead\b|换货|换成|换一个/,
  ],
  [
    "return",
    /\b(?:return|retrun|retun|retrn|reutrn)\b(?! (?:policy|window|period|rules?)\b)|send (?:it |them )?back|\brefund (?:the|this|that|it|them)\b|refund ?一下|退货|退回|退(?!款|订(?!单)|出|钱|到|了)|(?<![不没已经])退了(?!\s*[\d一二两三四五六七八九十几多]|吗|么|没|钱)/,
  ],
  // "pay the difference with my gift card" comes with an item change, never alone: no payment change (after exchange, which has it too).
  ["modify_items", /\b(?:pay|use|cover) .{0,25}\b(?:the |any )?(?:price )?difference\b/],
  // "用礼品卡付吧": after exchange, whose price difference may be paid the same way ("差价用礼品卡付").
  ["modify_payment", /用(?:礼品卡|支付宝|微信|paypal|信用卡|银行卡|卡).{0,3}(?:付|支付|买单)/],
  ["cancel_order", /\b(?:cancel|cancle|cancell|cansel)\b|取消/],
  // "退款退到礼品卡", "refund to my paypal" name where a return's money goes, not a question about a refund.
  ["refund_status", /\brefund\b(?! (?:the|this|that|it|them|to)\b| ?一下)|退款(?!退?到|退回)/],
  ["invoice", /\binvoice\b|\breceipt\b|发票/],
  ["warranty", /\bwarranty\b|\brepair\b|保修|维修/],
  ["complaint", /\bcomplain|\bcomplaint\b|投诉/],
  [
    "order_status",
    /where(?:'s| is| are) (?:my |the )?(?:order|package|parcel|stuff|things|delivery|#?w\d{7})|\bwhere(?:'s| is| are) (?:my|the) [a-z-]+(?: [a-z-]+)? (?:order|package|parcel|delivery)\b|\bwhere(?:'s| is| are) (?:it|they)\b|\b(?:has ?n'?t|hasnt|have ?n'?t|havent|still not) (?:moved|arrived|come|shipped|shown up)\b|\bwhere (?:my |the )?(?:order |package |parcel )?#?w\d{7} (?:is|went)\b|\btrack|\bstatus\b|物流|快递|到哪/,
  ],
];

/** The flow a message asks for by unambiguous wording, if any (first match wins). */
export function flowByKeywords(text: string): DialogFlow | undefined {
  const t = fixRequestTypos(normalizeText(text));
  return KEYWORDS.find(([, pattern]) => pattern.test(t))?.[0];
}

/** Whether the text has wording of this flow (so a classifier's pick is backed by the words). */
export function hasFlowKeywords(text: string, flow: DialogFlow): boolean {
  const t = fixRequestTypos(normalizeText(text));
  return KEYWORDS.some(([f, pattern]) => f === flow && pattern.test(t));
}
