import { paymentLabel } from "../../domain/dialog/labels.js";
import { hasCorrectionCue, mentionsOther, parseChoicePositions } from "../../domain/dialog/parse-reply.js";
import { normalizeText } from "../../domain/nlu/normalize-text.js";
import type { PaymentMethod } from "../../domain/shop/payment-method.js";
import { readAddress } from "./address-input.js";
import { itemsFromMessage, ownOrder, paymentChoicesFor, paymentFromMessage, slotCommand } from "./flow-slots.js";
import { ORDER_DEPENDENT, setSlots } from "./flow-state.js";
import { flowModule } from "./flows/flow-registry.js";
import { money } from "./order-views.js";
import { chooseOrder } from "./slots/order-slot.js";
import { say, type TurnContext } from "./turn-context.js";

/**
 * "Actually the other order", "no, item 2", "不对，是第二件": replaces an earlier answer of the
 * active flow. Returns true when it changed something (the flow then re-previews).
 */
export async function applyCorrection(ctx: TurnContext): Promise<boolean> {
  const active = ctx.state.active;
  if (!active || !ctx.customer || !hasCorrectionCue(ctx.text)) return false;
  const t = normalizeText(ctx.text);
  const orderCmd = slotCommand(ctx.understanding.commands, "order_id");
  if (orderCmd?.type === "set_slot" && typeof orderCmd.value === "string") {
    await chooseOrder(ctx, orderCmd.value);
    ctx.state = { ...ctx.state, awaiting: undefined };
    return true;
  }
  if (/order|订单|单子/.test(t) || (mentionsOther(t) && !/item|件|商品|款/.test(t))) {
    const orders = (await ctx.deps.reads.ordersOf(ctx.customer.id)).filter((o) => o.id !== active.slots.orderId);
    const offered = new Set(ctx.state.choices.map((c) => c.value));
    const preferred = orders.filter((o) => offered.has(o.id));
    let pool = preferred.length ? preferred : orders;
    // Of several other orders, the ones the policy allows this flow on are the likely meaning.
    if (pool.length > 1 && ctx.deps.actions.eligibleFlows) {
      const eligible = [];
      for (const o of pool) if ((await ctx.deps.actions.eligibleFlows(o.id)).has(active.name)) eligible.push(o);
      if (eligible.length) pool = eligible;
    }
    setSlots(ctx, { orderId: pool.length === 1 ? pool[0]?.id : undefined, ...ORDER_DEPENDENT });
    ctx.state = { ...ctx.state, awaiting: undefined };
    ctx.progressed = true;
    return true;
  }
  // "No, it's 14 Oak Ave, …": a new address replaces the one being confirmed.
  if (active.name === "modify_address" || active.name === "update_default_address") {
    const reading = readAddress(ctx.text, undefined);
    if (reading.kind === "none") return false;
    if (reading.kind === "complete") setSlots(ctx, { address: reading.address, addressDraft: undefined });
    else setSlots(ctx, { address: undefined, addressDraft: reading.draft });
    ctx.state = { ...ctx.state, awaiting: undefined };
    ctx.progressed = true;
    return true;
  }
  const order = active.slots.orderId ? await ownOrder(ctx, active.slots.orderId) : undefined;
  if (!order) return false;
  if (await applyPaymentChange(ctx)) return true;
  const positions = parseChoicePositions(ctx.text);
  let items: number[] = [];
  if (positions === "all") items = order.items.map((_, i) => i);
  else items = positions.filter((p) => p >= 1 && p <= order.items.length).map((p) => p - 1);
  if (items.length === 0) items = await itemsFromMessage(ctx, order);
  if (items.length === 0) return false;
  setSlots(ctx, { itemIndexes: items, newVariantIds: undefined });
  ctx.state = { ...ctx.state, awaiting: undefined };
  ctx.progressed = true;
  return true;
}

/**
 * "No, use my gift card instead", "to my credit card": names a payment method (or refund
 * destination) for the active flow. An allowed one replaces the current choice (the same one just
 * re-confirms); one the policy rules out is explained with the allowed options. True when it applied.
 */
export async function applyPaymentChange(ctx: TurnContext): Promise<boolean> {
  const active = ctx.state.active;
  if (!active || !ctx.customer || !flowModule(active.name).spec.slots.includes("paymentMethodId")) return false;
  const order = active.slots.orderId ? await ownOrder(ctx, active.slots.orderId) : undefined;
  if (!order) return false;
  const allowed = await paymentChoicesFor(ctx, active.name, order);
  const method = paymentFromMessage(ctx, allowed);
  if (method) {
    setSlots(ctx, { paymentMethodId: method.id });
  } else {
    if (!paymentFromMessage(ctx, ctx.customer.paymentMethods)) return false;
    const label = (m: PaymentMethod) => paymentLabel(m, ctx.locale, (c) => money(order, c, ctx.locale));
    say(ctx, "payment_not_allowed", { options: allowed.map(label).join(", ") }, { facts: [] });
  }
  ctx.state = { ...ctx.state, awaiting: undefined };
  ctx.progressed = true;
  return true;
}
