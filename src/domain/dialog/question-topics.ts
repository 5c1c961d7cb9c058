import { normalizeText } from "../nlu/normalize-text.js";

/**
 * What a question inside (or outside) a flow is about. Policy topics are answered from the live
 * shop policy, data topics from the shopper's own store data, `general` from the KB.
 */
export type QuestionTopic =
  | "return_window"
  | "exchange_window"
  | "refund_timing"
  | "refund_destination"
  | "cancel_rule"
  | "gift_card_balance"
  | "amount_paid"
  | "variant_count"
  | "product_price"
  | "order_items"
  | "arrival"
  | "tracking"
  | "general";

const ASKS =
  /\?|？|^(?:how|hows|what|whats|when|where|wheres|which|do|does|did|can|could|is|are|will|would)\b|多久|多长|几天|多少|什么时候|哪天|吗|呢|怎么|如何|是否|能不能|可不可以|有没有|有几/;

const SELF_EVIDENT: ReadonlySet<QuestionTopic> = new Set([
  "tracking",
  "gift_card_balance",
  "amount_paid",
  "variant_count",
  "order_items",
]);

const TOPICS: readonly [QuestionTopic, RegExp][] = [
  ["tracking", /tracking (?:number|no|id|code)|track(?:ing)? #|物流单号|快递单号|运单号/],
  [
    "gift_card_balance",
    /gift ?card.{0,20}(?:balance|left|remaining)|(?:balance|left|remaining|how much).{0,20}gift ?card|礼品卡.{0,6}余额|余额/,
  ],
  [
    "order_items",
    /what (?:was|is|'s|were) in (?:my|the|this|that) order|what did i (?:order|buy|get)|what(?:'s| is| was) (?:in )?(?:order )?#?w\d{7}|买了什么|买的什么|买的啥|买了啥|订单里(?:有|是)?(?:什么|啥|哪些)/,
  ],
  [
    "product_price",
    /how much (?:is|are|does|do|for) (?:the|a|an|your)\b(?! order)|what(?:'s| is) the price (?:of|for)|price (?:of|for) (?:the|a|an)\b|what does (?:the|a|an) .{1,40} cost/,
  ],
  [
    "amount_paid",
    /how much (?:did|have) i (?:pay|paid|spend|spent)|what (?:did|have) i (?:pay|paid)|how much was (?:my|the|order)|付了多少|花了多少|支付了多少|多少钱/,
  ],
  [
    "variant_count",
    /how many (?:variants|versions|options|colou?rs|sizes|types|models|capacities)|what (?:colou?rs|sizes|variants|options|capacities)|几种(?:颜色|款式|尺码|容量|规格|型号)|几个(?:款式|颜色|尺码|容量|规格)|多少(?:种|个)(?:款式|颜色|尺码|容量|规格)|有哪些(?:颜色|款式|尺码|容量|规格)/,
  ],
  [
    "refund_timing",
    /how long .{0,30}refund|when .{0,20}(?:get|receive|see) (?:my |the )?(?:refund|money)|refund.{0,20}take|退款.{0,8}(?:多久|几天|什么时候|多长时间)|多久.{0,6}退款|多久到账/,
  ],
  [
    "arrival",
    /when (?:will|does|would|is|do|can) .{0,30}(?:arrive|get here|be delivered|deliver|come|receive|get it)|what day .{0,20}arriv|eta\b|什么时候(?:到|送达|能到|发货)|哪天到|几天(?:能)?到(?!账)|多久(?:能)?(?:到货|送到|收到)/,
  ],
  [
    "return_window",
    /how (?:many|long) (?:days )?(?:do i have |have i got )?to return|return (?:window|period|deadline)|days? to return|return within|退货期限|几天(?:内)?(?:可以|能)?退|多少天(?:内)?(?:可以|能)?退|退货.{0,6}(?:几天|多少天|期限|时间)|无理由退货/,
  ],
  [
    "exchange_window",
    /how (?:many|long) (?:days )?.{0,12}to exchange|exchange (?:window|period)|换货.{0,6}(?:几天|多少天|期限|多久|多长时间)/,
  ],
  [
    "refund_destination",
    /refund .{0,20}(?:to|onto) (?:a |my )?(?:gift ?card|card|paypal)\?|where .{0,20}refund go|退款.{0,6}(?:退到哪|退回哪|能退到)/,
  ],
  ["cancel_rule", /can (?:i|you) (?:still )?cancel (?:an|a) order|when can i cancel|什么情况.{0,4}取消|能取消吗$/],
  // Shop questions the KB answers: shipping destinations, warranty length, invoices later on.
  [
    "general",
    /\breturns? polic(?:y|ies)\b|退货政策|退换货政策|\bdo you (?:ship|deliver) (?:to|internationally|abroad|overseas)|\bship(?:ping)? (?:to )?(?:canada|mexico|europe|uk|abroad|overseas|internationally)|warranty .{0,20}(?:how long|period|last)|how long .{0,20}warranty|保修.{0,4}(?:多久|几年|多长)|质保.{0,4}(?:多久|几年|多长)|can i (?:still )?get (?:a |an |the )?(?:company |vat |tax )?(?:invoice|receipt)|发票.{0,8}(?:能|可以).{0,8}(?:吗|么)|(?:寄|发|送).{0,4}(?:国外|海外)/,
  ],
];

/** Words of the KB's tags for a question whose own words may miss the article ("ship to Canada" → shipping). */
const KB_HINTS: readonly [RegExp, string][] = [
  [/\bship|deliver|配送|寄|国外|海外|包邮/, "shipping delivery 物流 发货"],
  [/warranty|repair|保修|质保|维修/, "warranty repair 保修 质保"],
  [/invoice|receipt|发票|开票/, "invoice receipt 发票 开票"],
  [/\breturn|退货/, "returns return 退货"],
  [/\bexchange|换货/, "exchange 换货"],
  [/refund|退款|到账/, "refund refunds 退款 到账"],
];

/** A KB query built from the question's subject, tried when the question itself finds no article. */
export function kbQueryHint(text: string): string | undefined {
  const t = normalizeText(text);
  return KB_HINTS.find(([pattern]) => pattern.test(t))?.[1];
}

/** The topic of a question, or undefined when the message is not a question we answer. */
export function questionTopic(text: string): QuestionTopic | undefined {
  const t = normalizeText(text).trim();
  const topic = TOPICS.find(([, pattern]) => pattern.test(t))?.[0];
  // Data asked for without a question mark ("whats my gift card balance", "tracking number pls").
  if (topic && (ASKS.test(t) || SELF_EVIDENT.has(topic))) return topic;
  return undefined;
}

/** Policy and KB topics are about the shop; data topics need the verified shopper. */
export function isDataTopic(topic: QuestionTopic): boolean {
  return ["gift_card_balance", "amount_paid", "order_items", "arrival", "tracking"].includes(topic);
}

/** Catalogue topics: public facts about products, answered before and without verification. */
export function isCatalogueTopic(topic: QuestionTopic): topic is "variant_count" | "product_price" {
  return topic === "variant_count" || topic === "product_price";
}
