import { statusLabel } from "../dialog/labels.js";
import { formatMoney } from "../money.js";
import type { Customer } from "../shop/customer.js";
import type { Order, OrderStatus } from "../shop/order.js";
import type { PaymentMethod } from "../shop/payment-method.js";
import type { Refusal, RuleLog } from "./decision.js";
import type { ShopPolicy } from "./shop-policy.js";

/** Action names as they appear in rule ids and reasons. */
const ACTION_WORDS = {
  cancel: ["be cancelled", "取消"],
  modifyAddress: ["have their address changed", "修改地址"],
  modifyPayment: ["have their payment method changed", "修改支付方式"],
  modifyItems: ["have their items changed", "修改商品"],
  return: ["be returned", "退货"],
  exchange: ["be exchanged", "换货"],
} as const satisfies Record<keyof ShopPolicy["statuses"], readonly [string, string]>;

export type PolicyAction = keyof typeof ACTION_WORDS;

const list = (statuses: OrderStatus[], locale: "en" | "zh") =>
  statuses.map((s) => statusLabel(s, locale)).join(locale === "zh" ? "、" : ", ") || (locale === "zh" ? "无" : "none");

/** The order's status must be one the policy allows for the action. */
export function checkStatus(log: RuleLog, policy: ShopPolicy, action: PolicyAction, order: Order): Refusal | undefined {
  const allowed = policy.statuses[action];
  const ok = allowed.includes(order.status);
  const detail = {
    en: `status is ${order.status}; ${action} allowed in: ${allowed.join(", ") || "none"}`,
    zh: `当前状态：${statusLabel(order.status, "zh")}；允许的状态：${list(allowed, "zh")}`,
  };
  if (log.check(`${action}.status`, ok, detail)) return undefined;
  const [en, zh] = ACTION_WORDS[action];
  // Why the order is in that state matters to the shopper when it is the once-only item change.
  const once = policy.itemChangesOnce && order.itemsChangedOnce && (action === "modifyItems" || action === "exchange");
  return log.refuse("ORDER_STATUS_NOT_ALLOWED", {
    en: `Order ${order.id} is ${statusLabel(order.status, "en")}; only orders that are ${list(allowed, "en")} can ${en}.${once ? " Its items have already been changed once, which is the limit." : ""}`,
    zh: `订单 ${order.id} 当前状态为「${statusLabel(order.status, "zh")}」，只有状态为${list(allowed, "zh")}的订单才能${zh}。${once ? "该订单的商品已经修改过一次，已达上限。" : ""}`,
  });
}

/** Items may be modified or exchanged once per order when the policy says so. */
export function checkOnce(log: RuleLog, policy: ShopPolicy, action: PolicyAction, order: Order): Refusal | undefined {
  if (!policy.itemChangesOnce) return undefined;
  const ok = !order.itemsChangedOnce;
  if (
    log.check(
      `${action}.once_per_order`,
      ok,
      ok
        ? { en: "items not changed before", zh: "商品此前未修改过" }
        : { en: "items were already changed once", zh: "商品已修改过一次" },
    )
  ) {
    return undefined;
  }
  return log.refuse("ALREADY_MODIFIED", {
    en: `The items of order ${order.id} have already been modified or exchanged once, which is the limit.`,
    zh: `订单 ${order.id} 的商品已经修改或换货过一次，不能再次修改。`,
  });
}

/** At least one item, each index inside the order and listed once. */
export function checkSelection(
  log: RuleLog,
  action: PolicyAction,
  order: Order,
  itemIndexes: number[],
): Refusal | undefined {
  if (
    !log.check(`${action}.items_selected`, itemIndexes.length > 0, {
      en: `${itemIndexes.length} item(s) selected`,
      zh: `已选 ${itemIndexes.length} 件商品`,
    })
  ) {
    return log.refuse("NOTHING_SELECTED", {
      en: "Please tell me which items of the order this is about.",
      zh: "请告诉我是订单中的哪些商品。",
    });
  }
  const bad = itemIndexes.filter(
    (i, at) => !Number.isInteger(i) || i < 0 || i >= order.items.length || itemIndexes.indexOf(i) !== at,
  );
  const detail =
    bad.length === 0
      ? { en: `items ${itemIndexes.join(", ")} are in the order`, zh: `商品 ${itemIndexes.join("、")} 在订单中` }
      : { en: `invalid or repeated item index(es): ${bad.join(", ")}`, zh: `无效或重复的商品序号：${bad.join("、")}` };
  if (log.check(`${action}.items_in_order`, bad.length === 0, detail)) return undefined;
  return log.refuse("ITEM_NOT_IN_ORDER", {
    en: `Some selected items are not in order ${order.id} (or were selected twice).`,
    zh: `所选商品中有不属于订单 ${order.id} 的（或重复选择）。`,
  });
}

/** The method must be one of the shopper's saved payment methods. */
export function checkOwnMethod(
  log: RuleLog,
  rule: string,
  customer: Customer,
  paymentMethodId: string,
): { method: PaymentMethod } | { refusal: Refusal } {
  const method = customer.paymentMethods.find((m) => m.id === paymentMethodId);
  const detail = method
    ? { en: `${paymentMethodId} is a saved ${method.kind}`, zh: `${paymentMethodId} 是已保存的 ${method.kind}` }
    : {
        en: `${paymentMethodId || "(none)"} is not a saved payment method`,
        zh: `${paymentMethodId || "（无）"} 不是已保存的支付方式`,
      };
  if (log.check(rule, method !== undefined, detail) && method) return { method };
  return {
    refusal: log.refuse("INVALID_PAYMENT_METHOD", {
      en: "That payment method is not one of your saved payment methods.",
      zh: "该支付方式不在您已保存的支付方式中。",
    }),
  };
}

/** A gift card that pays an amount must have the balance for it. */
export function checkGiftCardCovers(
  log: RuleLog,
  policy: ShopPolicy,
  rule: string,
  method: PaymentMethod,
  amountCents: number,
  currency: string,
): Refusal | undefined {
  if (!policy.giftCardMustCover || method.kind !== "gift_card" || amountCents <= 0) return undefined;
  const balance = method.balanceCents ?? 0;
  const ok = balance >= amountCents;
  if (
    log.check(rule, ok, {
      en: `gift card balance ${balance} cents, needed ${amountCents} cents`,
      zh: `礼品卡余额 ${balance} 分，需要 ${amountCents} 分`,
    })
  )
    return undefined;
  return log.refuse("GIFT_CARD_BALANCE_INSUFFICIENT", {
    en: `The gift card balance (${formatMoney(balance, currency, "en")}) does not cover ${formatMoney(amountCents, currency, "en")}.`,
    zh: `礼品卡余额（${formatMoney(balance, currency, "zh")}）不足以支付 ${formatMoney(amountCents, currency, "zh")}。`,
  });
}
