import type { ActiveFlow } from "../../../domain/dialog/dialog-state.js";
import { flowLabel } from "../../../domain/dialog/labels.js";
import type { Order } from "../../../domain/shop/order.js";
import { askIdentity } from "../ask-slots.js";
import { pickedChoices } from "../choices.js";
import { itemsFromMessage, orderByTracking, ownOrder } from "../flow-slots.js";
import { ORDER_DEPENDENT, setSlots } from "../flow-state.js";
import { flowModule } from "../flows/flow-registry.js";
import { orderChoice } from "../order-views.js";
import { offer, say, type TurnContext, yesNo } from "../turn-context.js";

/** Sets the order slot, or says "not found" when it is not the verified shopper's order. */
export async function chooseOrder(ctx: TurnContext, id: string): Promise<void> {
  ctx.progressed = true;
  if (!ctx.customer) {
    // Kept unvalidated until verification; nothing about it is revealed before then.
    setSlots(ctx, { orderId: id, ...ORDER_DEPENDENT });
    return;
  }
  const order = await ownOrder(ctx, id);
  if (!order) {
    say(ctx, "order_not_found", { orderId: id });
    setSlots(ctx, { orderId: undefined, ...ORDER_DEPENDENT });
    return;
  }
  const same = ctx.state.active?.slots.orderId === order.id;
  setSlots(ctx, same ? { orderId: order.id } : { orderId: order.id, ...ORDER_DEPENDENT });
  ctx.state = { ...ctx.state, awaiting: undefined, failures: 0 };
}

const POLICY_ACTIONS: ReadonlySet<string> = new Set([
  "cancel",
  "modify_address",
  "modify_payment",
  "modify_items",
  "return",
  "exchange",
]);

/** The shopper's orders this flow can succeed on (all of them for flows that only read). */
export async function eligibleOrders(ctx: TurnContext, flow: ActiveFlow, orders: readonly Order[]): Promise<Order[]> {
  const eligibleFlows = ctx.deps.actions.eligibleFlows;
  // Only flows with a policy action have an eligibility verdict; service requests fit any order.
  if (!POLICY_ACTIONS.has(flowModule(flow.name).spec.action) || !eligibleFlows) return [...orders];
  const out: Order[] = [];
  for (const o of orders) if ((await eligibleFlows(o.id)).has(flow.name)) out.push(o);
  return out;
}

/** Lists the orders the flow can succeed on; when none can, names the rule and offers a human. */
export async function askOrder(ctx: TurnContext, flow: ActiveFlow): Promise<void> {
  const customer = ctx.customer;
  if (!customer) return askIdentity(ctx);
  const orders = await ctx.deps.reads.ordersOf(customer.id);
  if (orders.length === 0) {
    say(ctx, "no_orders");
    ctx.state = { ...ctx.state, active: undefined, awaiting: undefined, choices: [] };
    return;
  }
  const newest = [...orders].sort((a, b) => (b.placedAt ?? "").localeCompare(a.placedAt ?? ""));
  const eligible = await eligibleOrders(ctx, flow, newest);
  if (eligible.length === 0) {
    // The rule that blocks the order the shopper most likely means (a delivered one for a return).
    const likely = flowModule(flow.name).spec.likely;
    const meant = newest.find((o) => likely.includes(o.status)) ?? newest[0];
    const refusal = await ctx.deps.actions.orderRefusal?.(meant?.id ?? "", flow.name);
    const reason = refusal?.reason?.[ctx.locale] ?? "";
    say(ctx, "no_eligible_orders", { what: flowLabel(flow.name, ctx.locale), reason }, { facts: [], step: "refused" });
    offer(ctx, yesNo(ctx.locale));
    ctx.state = { ...ctx.state, active: undefined, refused: flow, awaiting: "handoff_offer" };
    return;
  }
  const likely = flowModule(flow.name).spec.likely;
  const rank = (o: Order) => (likely.includes(o.status) ? likely.indexOf(o.status) : likely.length);
  const sorted = [...eligible].sort((a, b) => rank(a) - rank(b));
  ctx.state = { ...ctx.state, awaiting: "order_id" };
  // The ids in the text too: not every channel shows buttons.
  const listed = sorted.slice(0, 6).map((o) => orderChoice(o, ctx.locale).label);
  say(ctx, "ask_order_list", { orders: listed.join(ctx.locale === "zh" ? "；" : "; ") }, { facts: [] });
  offer(
    ctx,
    sorted.slice(0, 6).map((o) => orderChoice(o, ctx.locale)),
  );
}

/** "the one with the keyboard": the offered order whose items the message names. */
async function orderByProductMention(ctx: TurnContext): Promise<string | undefined> {
  if (!ctx.customer) return undefined;
  const matches: string[] = [];
  for (const c of ctx.state.choices) {
    const order = await ownOrder(ctx, c.value);
    if (order && (await itemsFromMessage(ctx, order)).length > 0) matches.push(order.id);
  }
  return matches.length === 1 ? matches[0] : undefined;
}

/** Reads which order the message means: a tracking number, a picked choice, or its items. */
export async function fillOrder(ctx: TurnContext): Promise<void> {
  const picked = (await orderByTracking(ctx, ctx.text)) ?? pickedChoices(ctx)[0] ?? (await orderByProductMention(ctx));
  if (picked) await chooseOrder(ctx, picked);
}
