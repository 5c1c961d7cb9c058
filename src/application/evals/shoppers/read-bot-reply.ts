/** What the bot's latest replies ask of the shopper, read with simple patterns (en and zh). */
export type BotAsk =
  | "confirm"
  | "identity"
  | "order"
  | "item"
  | "variant"
  | "payment"
  | "reason"
  | "address"
  | "unknown";

const ASKS: readonly [BotAsk, RegExp][] = [
  ["confirm", /shall i go ahead|go ahead\?|please confirm|reply yes|确认吗|请确认|是否确认|要继续吗|可以吗？?$/i],
  ["identity", /verify|identity|email address|zip code|验证|身份|邮箱|手机号/i],
  ["order", /which order|order number|order id|哪个订单|订单号/i],
  [
    "variant",
    /which (variant|option|colou?r|size|version)|would you like instead|instead of|what .*instead|new (variant|option)|换成(什么|哪)|哪个款|哪种(?!支付|付款|方式)/i,
  ],
  ["item", /which item|which one|which product|which of|哪件|哪几件|哪些商品|哪个商品|哪一件/i],
  [
    "payment",
    /payment method|refund (it )?to|which card|pay (for )?the (price )?difference|how would you like to pay|where should .*refund|支付方式|退到|退款方式|付款方式/i,
  ],
  ["reason", /reason|why |原因/i],
  ["address", /address|地址/i],
];

/** A greeting after verification mentions identity but asks nothing. */
const VERIFIED = /verified|已核实|身份已/i;

/** What the newest reply asks; older replies of the turn only when it asks nothing (never the verified greeting). */
export function readBotAsk(replies: readonly string[]): BotAsk {
  for (const [n, reply] of [...replies].reverse().entries()) {
    if (VERIFIED.test(reply) && n > 0) continue;
    for (const [ask, pattern] of ASKS) if (pattern.test(reply)) return ask;
    if (n === 0 && /[?？]/.test(reply)) return "unknown";
  }
  return "unknown";
}

const REFUSAL =
  /can't|cannot|can not|unable|not able to|isn't possible|not possible|no longer available|not available|out of stock|sold out|only (be )?(cancel|change|return|exchange)|无法|不能|不可以|不支持|缺货|无货|已售罄/i;

/** The bot said no. */
export const isRefusal = (replies: readonly string[]): boolean => replies.some((r) => REFUSAL.test(r));

const CLOSING = /anything else|还有(什么|其他)|还需要/i;

/** The bot wrapped up and offers more help. */
export const isClosing = (replies: readonly string[]): boolean => replies.some((r) => CLOSING.test(r));

/** How a confirmation summary names each kind of change (en and zh), to see it is the one the shopper asked for. */
const SUMMARY_WORDS: Record<string, RegExp> = {
  cancel: /cancel|取消/i,
  // "Ship order #W1 to: 12 Main St, …" names no "address" but plainly moves the order to one.
  modify_address: /address|地址|\bship (?:order )?#?\w+ to\b|寄到|送到|发到/i,
  modify_payment: /pay|支付|付款/i,
  modify_items: /change items|修改.*商品|商品/i,
  return: /return|退货/i,
  exchange: /exchange|换货/i,
};

/** A goal the policy refuses is still a request of its kind: the shopper asks for that and nothing else. */
const ASKED_KIND: Record<string, string> = {
  refuse_cancel_delivered: "cancel",
  refuse_exchange_unavailable: "exchange",
};

/** The confirmation is about the kind of change the shopper wants (unknown kinds are not checked). */
export function summaryMatches(kind: string, replies: readonly string[]): boolean {
  const words = SUMMARY_WORDS[ASKED_KIND[kind] ?? kind];
  return words === undefined || replies.some((r) => words.test(r));
}
