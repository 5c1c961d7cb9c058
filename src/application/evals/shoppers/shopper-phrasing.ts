import type { Random } from "./seeded-random.js";
import type { PaymentRef, ShopperTask } from "./shopper-task.js";

/** The language one piece of a message is written in. */
export type PieceLanguage = "en" | "zh";

/** One choice per repeat of how the shopper says things (all templates are ours). */
export interface Phrasing {
  identityBy: "email" | "name_zip";
  itemBy: "name" | "option" | "position";
  orderHash: boolean;
  shortOptions: boolean;
}

export function drawPhrasing(task: ShopperTask, rng: Random): Phrasing {
  const itemBy = rng.pick(["name", "name", "option", "position"] as const);
  return {
    identityBy: rng.chance(0.65) ? "email" : "name_zip",
    itemBy: itemBy === "option" && !task.item?.uniqueOption ? "name" : itemBy,
    orderHash: rng.chance(0.7),
    shortOptions: rng.chance(0.6),
  };
}

const ORDINALS_EN = ["first", "second", "third", "fourth", "fifth", "sixth"];
const ORDINALS_ZH = ["第一件", "第二件", "第三件", "第四件", "第五件", "第六件"];
const COLOURS_ZH: Record<string, string> = {
  black: "黑色",
  white: "白色",
  blue: "蓝色",
  red: "红色",
  green: "绿色",
  silver: "银色",
  gold: "金色",
  gray: "灰色",
  grey: "灰色",
};

export function identityText(t: ShopperTask, p: Phrasing, lang: PieceLanguage, rng: Random): string {
  const c = t.customer;
  if (lang === "zh") {
    return p.identityBy === "email" ? `我的邮箱是${c.email}` : `我叫${c.firstName} ${c.lastName}，邮编${c.zip}`;
  }
  if (p.identityBy === "email") return rng.pick([`my email is ${c.email}`, `it's ${c.email}`, c.email]);
  return rng.pick([
    `I'm ${c.firstName} ${c.lastName}, zip ${c.zip}`,
    `${c.firstName} ${c.lastName}, zip code ${c.zip}`,
  ]);
}

export const orderText = (t: ShopperTask, p: Phrasing, lang: PieceLanguage): string => {
  const id = p.orderHash ? t.orderId : t.orderId.replace(/^#/, "");
  return lang === "zh" ? `订单${id}` : `order ${id}`;
};

export function itemText(t: ShopperTask, p: Phrasing, lang: PieceLanguage): string {
  const item = t.item;
  if (!item) return "";
  if (p.itemBy === "position") {
    return lang === "zh" ? (ORDINALS_ZH[item.index] ?? item.name) : `the ${ORDINALS_EN[item.index] ?? "first"} item`;
  }
  if (p.itemBy === "option" && item.uniqueOption) {
    const v = item.uniqueOption;
    return lang === "zh" ? `${COLOURS_ZH[v.toLowerCase()] ?? v}的那个` : `the ${v} one`;
  }
  return lang === "zh" ? item.name : `the ${item.name.toLowerCase()}`;
}

export function optionsText(t: ShopperTask, p: Phrasing): string {
  const values = (p.shortOptions ? t.newOptionsShort : t.newOptions) ?? [];
  return values.join(", ");
}

export function paymentText(m: PaymentRef, lang: PieceLanguage, rng: Random): string {
  if (lang === "zh") {
    if (m.kind === "paypal") return "PayPal";
    if (m.kind === "gift_card") return "礼品卡";
    return m.last4 ? `尾号${m.last4}的卡` : "信用卡";
  }
  if (m.kind === "paypal") return rng.pick(["my paypal", "PayPal", "paypal account"]);
  if (m.kind === "gift_card") return rng.pick(["the gift card", "my gift card"]);
  const brand = m.brand ? `${m.brand} ` : "";
  return m.last4 ? rng.pick([`card ending ${m.last4}`, `my ${brand}card ending in ${m.last4}`]) : "my credit card";
}

export function reasonText(t: ShopperTask, lang: PieceLanguage, rng: Random): string {
  const mistake = t.reason === "ordered by mistake";
  if (lang === "zh") return mistake ? "下错单了" : "不需要了";
  return mistake
    ? rng.pick(["I ordered it by mistake", "ordered by mistake", "it was a mistake order"])
    : rng.pick(["I don't need it anymore", "no longer needed", "don't need it any more"]);
}

export function addressText(t: ShopperTask): string {
  const a = t.address;
  return a ? `${a.line1}, ${a.city}, ${a.state} ${a.zip}` : "";
}

/** The request with every detail, in one clause (identity is added by the caller). */
export function fullRequest(t: ShopperTask, p: Phrasing, lang: PieceLanguage, rng: Random): string {
  const order = orderText(t, p, lang);
  const item = itemText(t, p, lang);
  const opts = optionsText(t, p);
  const pay = t.payment ? paymentText(t.payment, lang, rng) : "";
  if (lang === "zh") {
    switch (t.kind) {
      case "cancel":
      case "refuse_cancel_delivered":
        return `帮我取消${order}，${reasonText(t, lang, rng)}`;
      case "modify_address":
        return `${order}的收货地址改成${addressText(t)}`;
      case "modify_payment":
        return `${order}改用${pay}支付`;
      case "modify_items":
        return `${order}里的${item}换成${opts}，差价用${pay}`;
      case "return":
        return `我要退${order}里的${item}，退款退到${pay}`;
      case "exchange":
      case "refuse_exchange_unavailable":
        return `${order}的${item}我想换成${opts}`;
      case "status":
        return `${order}到哪了？物流单号多少`;
    }
  }
  switch (t.kind) {
    case "cancel":
    case "refuse_cancel_delivered":
      return rng.pick([
        `please cancel ${order}, ${reasonText(t, lang, rng)}`,
        `I want to cancel ${order} because ${reasonText(t, lang, rng)}`,
      ]);
    case "modify_address":
      return rng.pick([
        `can you change the shipping address of ${order} to ${addressText(t)}`,
        `please ship ${order} to ${addressText(t)} instead`,
      ]);
    case "modify_payment":
      return rng.pick([
        `I'd like to pay for ${order} with ${pay} instead`,
        `switch the payment of ${order} to ${pay} please`,
      ]);
    case "modify_items":
      return rng.pick([
        `for ${order}, can I change ${item} to ${opts}? pay the difference with ${pay}`,
        `I want to switch ${item} in ${order} to the ${opts} one, use ${pay} for any difference`,
      ]);
    case "return":
      return rng.pick([
        `I want to return ${item} from ${order}, refund to ${pay}`,
        `please return ${item} of ${order} and put the money back on ${pay}`,
      ]);
    case "exchange":
    case "refuse_exchange_unavailable":
      return rng.pick([
        `I want to exchange ${item} from ${order} for ${opts}`,
        `can I swap ${item} in ${order} for the ${opts} version?`,
      ]);
    case "status":
      return rng.pick([`where is my ${order}?`, `what's the tracking number for ${order}?`]);
  }
}

/** A vague opening naming only what the shopper wants to do, for the piece-by-piece style. */
export function vagueOpening(t: ShopperTask, lang: PieceLanguage, rng: Random): string {
  const zh: Record<ShopperTask["kind"], string> = {
    cancel: "我想取消一个订单",
    refuse_cancel_delivered: "我想取消一个订单",
    modify_address: "我想改一下订单的收货地址",
    modify_payment: "我想换一下订单的支付方式",
    modify_items: "我想改一下订单里的商品",
    return: "我想退货",
    exchange: "我想换货",
    refuse_exchange_unavailable: "我想换货",
    status: "我的订单到哪了",
  };
  const en: Record<ShopperTask["kind"], string> = {
    cancel: "hi, I need to cancel an order",
    refuse_cancel_delivered: "hi, I need to cancel an order",
    modify_address: "I need to change the delivery address on an order",
    modify_payment: "can I change how I pay for an order?",
    modify_items: "I want to change an item in my order before it ships",
    return: "hello, I'd like to return something",
    exchange: "I want to exchange an item",
    refuse_exchange_unavailable: "I want to exchange an item",
    status: "where's my package?",
  };
  return lang === "zh" ? zh[t.kind] : rng.chance(0.5) ? en[t.kind] : en[t.kind].replace(/^(hi|hello), /, "");
}

export const yesText = (lang: PieceLanguage, rng: Random): string =>
  lang === "zh" ? rng.pick(["确认", "是的", "好的，确认"]) : rng.pick(["yes", "yes please", "ok go ahead", "yep"]);

export const digressionText = (lang: PieceLanguage): string =>
  lang === "zh" ? "退款一般多久到账？" : "how long do refunds take?";

export const changeMindText = (m: PaymentRef, lang: PieceLanguage, rng: Random): string =>
  lang === "zh" ? `等一下，改用${paymentText(m, lang, rng)}吧` : `no wait, use ${paymentText(m, lang, rng)} instead`;

export const changeBackText = (m: PaymentRef, lang: PieceLanguage, rng: Random): string =>
  lang === "zh"
    ? `不好意思，还是用${paymentText(m, lang, rng)}`
    : `sorry, my mistake - ${paymentText(m, lang, rng)} after all`;
