import { isBareOrderReference } from "../../domain/dialog/bare-order-reference.js";
import type { DialogFlow } from "../../domain/dialog/flow-specs.js";
import type { Order } from "../../domain/shop/order.js";
import { readAddress } from "./address-input.js";
import { askIdentity } from "./ask-slots.js";
import { finishFlow, previewAndConfirm, refuse } from "./flow-actions.js";
import { cancelReason, orderByTracking, ownOrder, savedAddressNamed, slotCommand } from "./flow-slots.js";
import { ORDER_DEPENDENT, setSlots } from "./flow-state.js";
import { flowModule } from "./flows/flow-registry.js";
import { reportsQualityIssue } from "./quality-issue.js";
import { impliedOrder } from "./slots/implied-order.js";
import { askOrder, chooseOrder, fillOrder } from "./slots/order-slot.js";
import { slotAwaited, slotModule } from "./slots/slot-registry.js";
import { say, type TurnContext } from "./turn-context.js";

/** Reads the awaited slot (and an order id at any time) from the message into the active flow. */
export async function fillFromMessage(ctx: TurnContext): Promise<void> {
  const active = ctx.state.active;
  if (!active) return;
  applyTextSlots(ctx);
  const orderCmd = slotCommand(ctx.understanding.commands, "order_id");
  // A request started this turn already names its own order (the message may name several).
  const ownOrderSet = ctx.turn.startedFlow && active.slots.orderId !== undefined;
  if (orderCmd?.type === "set_slot" && typeof orderCmd.value === "string") {
    const awaiting = ctx.turn.startedFlow ? undefined : ctx.turn.awaiting;
    const awaited = awaiting === "order_id" ? undefined : slotAwaited(awaiting);
    const before = active.slots.orderId;
    const progressed = ctx.progressed;
    await chooseOrder(ctx, ownOrderSet && before ? before : orderCmd.value);
    // The same order named again while another question is pending answers nothing by itself: read the answer
    // ("订单W1改用尾号6222的卡支付" to "which payment method?"), and a message that has none can be another request
    // ("switch the payment of order #W1 to paypal" to "which items?").
    const now = ctx.state.active;
    if (awaited && now && before !== undefined && now.slots.orderId === before && ctx.customer) {
      // A bare repeat ("order #W1") stays a repeat: the question is asked again, nothing is read into it (a
      // free-text answer such as the warranty problem would otherwise become "#W1").
      if (!isBareOrderReference(ctx.text)) {
        ctx.progressed = progressed;
        await awaited.fill(ctx, now, await ownOrder(ctx, before));
      }
    }
    return fillIncidental(ctx);
  }
  if (ctx.state.awaiting === "order_id") return fillOrder(ctx);
  const slot = slotAwaited(ctx.state.awaiting);
  if (!slot) return fillIncidental(ctx);
  const order = active.slots.orderId && ctx.customer ? await ownOrder(ctx, active.slots.orderId) : undefined;
  await slot.fill(ctx, active, order);
}

/** Free-text slots an understander filled directly (an LLM's set_slot); policy still checks them. */
function applyTextSlots(ctx: TurnContext): void {
  for (const c of ctx.understanding.commands) {
    if (c.type !== "set_slot" || typeof c.value !== "string" || !c.value.trim()) continue;
    if (c.slot === "reason") setSlots(ctx, { reason: c.value.trim() });
    if (c.slot === "details") setSlots(ctx, { details: c.value.trim() });
    if (c.slot === "payment_method_id" && ctx.customer?.paymentMethods.some((m) => m.id === c.value)) {
      setSlots(ctx, { paymentMethodId: c.value });
    }
  }
}

/**
 * Reasons and addresses given in passing ("cancel #W1, I no longer need it", "ship #W1 to 1 Main St, …").
 * A flow started from one request of several reads only its own request's words.
 */
export function fillIncidental(ctx: TurnContext): void {
  const active = ctx.state.active;
  if (!active) return;
  const text = ctx.turn.startedFlow && ctx.state.queue.length > 0 ? (active.slots.request ?? ctx.text) : ctx.text;
  readIncidental(ctx, text);
}

function readIncidental(ctx: TurnContext, text: string): void {
  const active = ctx.state.active;
  if (!active) return;
  if (active.name === "cancel_order" && !active.slots.reason) {
    const reason = cancelReason(ctx, text);
    if (reason) setSlots(ctx, { reason });
  }
  if ((active.name === "modify_address" || active.name === "update_default_address") && !active.slots.address) {
    const reading = readAddress(text, active.slots.addressDraft);
    const saved = ctx.customer ? savedAddressNamed(text, ctx.customer) : undefined;
    if (reading.kind === "complete") setSlots(ctx, { address: reading.address, addressDraft: undefined });
    else if (saved) setSlots(ctx, { address: saved, addressDraft: undefined });
    if (reading.kind === "partial" && !saved) setSlots(ctx, { addressDraft: reading.draft });
  }
  // A quality problem is the reason of a return/exchange, and matters to some policies.
  if ((active.name === "return" || active.name === "exchange") && reportsQualityIssue(text) && !active.slots.reason) {
    setSlots(ctx, { reason: text.trim() });
  }
}

/** A queued request ("…, and change the address of #W1 to 88 Pine Road…") read once it becomes active. */
function readOwnRequest(ctx: TurnContext): void {
  const request = ctx.state.active?.slots.request;
  if (request && !ctx.state.awaiting) readIncidental(ctx, request);
}

/** The order the active flow is about, found from its slot or the tracking number in the request. */
async function flowOrder(ctx: TurnContext): Promise<Order | undefined> {
  const flow = ctx.state.active;
  if (!flow) return undefined;
  if (flow.slots.orderId) {
    const order = await ownOrder(ctx, flow.slots.orderId);
    if (order) return order;
    say(ctx, "order_not_found", { orderId: flow.slots.orderId });
    setSlots(ctx, { orderId: undefined, ...ORDER_DEPENDENT });
  }
  // "Where is parcel 1Z999…?": the tracking number in the request names the order.
  const found = (await orderByTracking(ctx, flow.slots.request)) ?? (await impliedOrder(ctx, flow));
  if (!found) return undefined;
  setSlots(ctx, { orderId: found });
  return ownOrder(ctx, found);
}

/** Flows that mean the same wish on an order in another state ("change the items" of a delivered order is an exchange). */
const SIBLING: Partial<Record<DialogFlow, DialogFlow>> = { modify_items: "exchange", exchange: "modify_items" };

/** Switches to the sibling flow when only the sibling can succeed on this order. */
async function rerouteBySibling(ctx: TurnContext, order: Order): Promise<boolean> {
  const flow = ctx.state.active;
  const sibling = flow ? SIBLING[flow.name] : undefined;
  const eligibleFlows = ctx.deps.actions.eligibleFlows;
  if (!flow || !sibling || !eligibleFlows) return false;
  const eligible = await eligibleFlows(order.id);
  if (eligible.has(flow.name) || !eligible.has(sibling)) return false;
  ctx.state = { ...ctx.state, active: { ...flow, name: sibling } };
  return true;
}

/** Moves the active flow one step: asks for the next missing slot, shows info, or previews. */
export async function advanceFlow(ctx: TurnContext): Promise<void> {
  const initial = ctx.state.active;
  if (!initial) return;
  if (!ctx.customer) return askIdentity(ctx);
  readOwnRequest(ctx);
  const module = flowModule(initial.name);
  let order: Order | undefined;
  if (module.spec.needsOrder) {
    order = await flowOrder(ctx);
    if (!order) return askOrder(ctx, ctx.state.active ?? initial);
    if (await rerouteBySibling(ctx, order)) return advanceFlow(ctx);
    // Refuse before asking for items or addresses the order could never use.
    const refusal = module.spec.writes ? await ctx.deps.actions.orderRefusal?.(order.id, initial.name) : undefined;
    if (refusal) return refuse(ctx, ctx.state.active ?? initial, refusal, order);
  }
  for (const name of module.spec.slots) {
    const slot = slotModule(name);
    const current = ctx.state.active;
    if (!current) return;
    if (slot && !(await slot.ensure(ctx, current, order))) return;
  }
  const ready = ctx.state.active;
  if (!ready) return;
  if (module.show && order) {
    await module.show(ctx, order);
    if (finishFlow(ctx)) await advanceFlow(ctx);
    return;
  }
  await previewAndConfirm(ctx, ready, order);
}
