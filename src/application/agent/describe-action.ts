import type { ActiveFlow } from "../../domain/dialog/dialog-state.js";
import { paymentLabel } from "../../domain/dialog/labels.js";
import type { Locale } from "../../domain/locale.js";
import type { Customer } from "../../domain/shop/customer.js";
import type { Order } from "../../domain/shop/order.js";
import type { Product } from "../../domain/shop/product.js";
import { itemLabel, money, optionsText } from "./order-views.js";

function addressText(a: Record<string, string> | undefined): string {
  if (!a) return "";
  return [a.line1, a.line2, a.city, [a.state, a.zip].filter(Boolean).join(" "), a.country].filter(Boolean).join(", ");
}

/**
 * The lines a shopper confirms, in their language: what will happen, to which order and items,
 * where money goes. `amountCents` comes from the policy preview when it has one.
 */
export function describeAction(input: {
  flow: ActiveFlow;
  order?: Order;
  customer: Customer;
  products: readonly Product[];
  locale: Locale;
  amountCents?: number;
}): string[] {
  const { flow, order, customer, locale } = input;
  const zh = locale === "zh";
  const s = flow.slots;
  const id = order?.id ?? "";
  const items = (s.itemIndexes ?? []).map((i) => order?.items[i]).filter((x) => x !== undefined);
  const itemList = items.map(itemLabel).join("; ");
  const pm = customer.paymentMethods.find((m) => m.id === s.paymentMethodId);
  const pmText = pm && order ? paymentLabel(pm, locale, (c) => money(order, c, locale)) : "";
  const amount = order && input.amountCents !== undefined ? money(order, Math.abs(input.amountCents), locale) : "";
  const variant = (variantId: string) => {
    for (const p of input.products) {
      const v = p.variants.find((x) => x.id === variantId);
      if (v) return `${p.name} (${optionsText(v.options)})`;
    }
    return variantId;
  };
  switch (flow.name) {
    case "cancel_order":
      return zh
        ? [
            `取消订单 ${id}（${order?.items.map(itemLabel).join("; ")}）`,
            `原因：${s.reason === "ordered by mistake" ? "下错单了" : "不再需要"}`,
            amount ? `退款 ${amount} 原路退回` : "款项原路退回",
          ]
        : [
            `Cancel order ${id} (${order?.items.map(itemLabel).join("; ")})`,
            `Reason: ${s.reason}`,
            amount ? `Refund ${amount} to the original payment method` : "Refund to the original payment method",
          ];
    case "return":
      return zh
        ? [`订单 ${id} 退货：${itemList}`, `退款${amount ? ` ${amount}` : ""}退至：${pmText}`]
        : [`Return from order ${id}: ${itemList}`, `Refund${amount ? ` ${amount}` : ""} to: ${pmText}`];
    case "exchange":
    case "modify_items": {
      const pairs = items.map((it, k) => `${itemLabel(it)} → ${variant(s.newVariantIds?.[k] ?? "")}`).join("; ");
      const diff =
        amount && input.amountCents
          ? zh
            ? input.amountCents > 0
              ? `差价退款 ${amount}（${pmText}）`
              : `需补差价 ${amount}（${pmText}）`
            : input.amountCents > 0
              ? `Price difference refunded: ${amount} (${pmText})`
              : `Price difference to pay: ${amount} (${pmText})`
          : zh
            ? "无差价"
            : "No price difference";
      const head =
        flow.name === "exchange"
          ? zh
            ? `订单 ${id} 换货`
            : `Exchange in order ${id}`
          : zh
            ? `修改订单 ${id} 的商品`
            : `Change items of order ${id}`;
      return [`${head}: ${pairs}`, diff];
    }
    case "modify_address":
      return [zh ? `订单 ${id} 改寄到：${addressText(s.address)}` : `Ship order ${id} to: ${addressText(s.address)}`];
    case "modify_payment":
      return [zh ? `订单 ${id} 改用：${pmText}` : `Pay order ${id} with: ${pmText}`];
    case "invoice":
      return [zh ? `为订单 ${id} 申请发票` : `Request an invoice for order ${id}`];
    case "warranty":
      return [
        zh ? `订单 ${id} 保修申请：${itemList}` : `Warranty claim for order ${id}: ${itemList}`,
        zh ? `问题：${s.details ?? ""}` : `Problem: ${s.details ?? ""}`,
      ];
    case "complaint":
      return [zh ? `订单 ${id} 投诉：${s.details ?? ""}` : `Complaint about order ${id}: ${s.details ?? ""}`];
    case "update_default_address":
      return [
        zh ? `默认地址改为：${addressText(s.address)}` : `Set your default address to: ${addressText(s.address)}`,
      ];
    default:
      return [];
  }
}
