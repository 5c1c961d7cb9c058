import type { QuickReply } from "../../domain/conversation/message.js";
import type { ActiveFlow } from "../../domain/dialog/dialog-state.js";
import { paymentLabel } from "../../domain/dialog/labels.js";
import type { Order } from "../../domain/shop/order.js";
import { paymentChoicesFor, productsOf } from "./flow-slots.js";
import { itemLabel, money, optionsText } from "./order-views.js";
import { offer, say, type TurnContext } from "./turn-context.js";

export function askIdentity(ctx: TurnContext): void {
  ctx.state = { ...ctx.state, awaiting: "identity", choices: [] };
  say(ctx, "ask_identity", {}, { facts: [] });
}

export function askItems(ctx: TurnContext, order: Order): void {
  ctx.state = { ...ctx.state, awaiting: "item_ids" };
  say(ctx, "ask_items", { orderId: order.id });
  const all: QuickReply = {
    label: ctx.locale === "zh" ? "全部" : "All items",
    value: ctx.locale === "zh" ? "全部" : "all",
  };
  offer(ctx, [...order.items.map((item, i) => ({ label: `${i + 1}. ${itemLabel(item)}`, value: `item:${i}` })), all]);
}

/** Asks for the new variant of the first selected item that has none yet. */
export async function askNewVariant(ctx: TurnContext, order: Order, itemIndex: number): Promise<void> {
  const item = order.items[itemIndex];
  const product = (await productsOf(ctx, order)).find((p) => p.id === item?.productId);
  const options = (product?.variants ?? []).filter((v) => v.available && v.id !== item?.variantId);
  if (!item || !product || options.length === 0) {
    say(ctx, "no_variant_available", { product: item?.name ?? "" }, { facts: [] });
    ctx.state = { ...ctx.state, active: undefined, awaiting: "handoff_offer" };
    return;
  }
  ctx.state = { ...ctx.state, awaiting: "new_item_ids" };
  const list = options.slice(0, 8).map((v) => optionsText(v.options));
  say(
    ctx,
    "ask_new_variant",
    {
      product: product.nameZh && ctx.locale === "zh" ? product.nameZh : product.name,
      current: optionsText(item.options),
      options: list.join(", "),
    },
    { facts: [] },
  );
  offer(
    ctx,
    options
      .slice(0, 8)
      .map((v) => ({ label: `${optionsText(v.options)} · ${money(order, v.priceCents, ctx.locale)}`, value: v.id })),
  );
}

export async function askPayment(ctx: TurnContext, flow: ActiveFlow, order: Order): Promise<void> {
  if (!ctx.customer) return askIdentity(ctx);
  const candidates = await paymentChoicesFor(ctx, flow.name, order);
  const label = (m: (typeof candidates)[number]) => paymentLabel(m, ctx.locale, (c) => money(order, c, ctx.locale));
  ctx.state = { ...ctx.state, awaiting: "payment_method_id" };
  const refund = flow.name === "return" || flow.name === "cancel_order";
  say(
    ctx,
    refund ? "ask_refund_method" : "ask_payment_method",
    { options: candidates.map(label).join(", ") },
    { facts: [] },
  );
  offer(
    ctx,
    candidates.map((m) => ({ label: label(m), value: m.id })),
  );
}

export function askAddress(ctx: TurnContext): void {
  const customer = ctx.customer;
  ctx.state = { ...ctx.state, awaiting: "address" };
  say(ctx, "ask_address", {}, { facts: [] });
  if (customer) {
    const saved = [customer.defaultAddress, ...customer.addresses];
    offer(
      ctx,
      saved.slice(0, 4).map((a, i) => ({ label: `${a.line1}, ${a.city}`, value: `addr:${i}` })),
    );
  }
}

export function askReason(ctx: TurnContext): void {
  ctx.state = { ...ctx.state, awaiting: "reason" };
  say(ctx, "ask_reason_cancel", {}, { facts: [] });
  offer(ctx, [
    { label: ctx.locale === "zh" ? "不再需要" : "No longer needed", value: "no longer needed" },
    { label: ctx.locale === "zh" ? "下错单了" : "Ordered by mistake", value: "ordered by mistake" },
  ]);
}

export function askDetails(ctx: TurnContext): void {
  ctx.state = { ...ctx.state, awaiting: "details", choices: [] };
  say(ctx, "ask_details", {}, { facts: [] });
}
