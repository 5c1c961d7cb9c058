import type { ActiveFlow, FlowSlots } from "../../domain/dialog/dialog-state.js";
import { FLOW_SPECS, type FlowSlot } from "../../domain/dialog/flow-specs.js";
import { parseAddress } from "../../domain/dialog/parse-address.js";
import type { Order } from "../../domain/shop/order.js";
import {
  askAddress,
  askDetails,
  askIdentity,
  askItems,
  askNewVariant,
  askOrder,
  askPayment,
  askReason,
} from "./ask-slots.js";
import { pickedChoices } from "./choices.js";
import { finishFlow, previewAndConfirm, refuse } from "./flow-actions.js";
import { showOrderStatus, showRefundStatus } from "./flow-info.js";
import {
  addressFromMessage,
  cancelReason,
  itemsFromMessage,
  itemsMentioned,
  orderByTracking,
  ownOrder,
  paymentCandidates,
  paymentFromMessage,
  paymentFromRequest,
  productsOf,
  slotCommand,
  variantFromMessage,
} from "./flow-slots.js";
import { reportsQualityIssue } from "./quality-issue.js";
import { say, type TurnContext } from "./turn-context.js";

/** Updates the active flow's slots. */
export function setSlots(ctx: TurnContext, patch: Partial<FlowSlots>): void {
  const active = ctx.state.active;
  if (!active) return;
  ctx.state = { ...ctx.state, active: { ...active, slots: { ...active.slots, ...patch } } };
}

/** Slots that depend on the order (cleared when the order changes). */
export const ORDER_DEPENDENT: Partial<FlowSlots> = {
  itemIndexes: undefined,
  newVariantIds: undefined,
  paymentMethodId: undefined,
};

/** Reads the awaited slot (and an order id at any time) from the message into the active flow. */
export async function fillFromMessage(ctx: TurnContext): Promise<void> {
  const active = ctx.state.active;
  if (!active) return;
  applyTextSlots(ctx);
  const orderCmd = slotCommand(ctx.understanding.commands, "order_id");
  if (orderCmd?.type === "set_slot" && typeof orderCmd.value === "string") {
    await chooseOrder(ctx, orderCmd.value);
    return fillIncidental(ctx);
  }
  const order = active.slots.orderId && ctx.customer ? await ownOrder(ctx, active.slots.orderId) : undefined;
  switch (ctx.state.awaiting) {
    case "order_id": {
      const picked =
        (await orderByTracking(ctx, ctx.text)) ?? pickedChoices(ctx)[0] ?? (await orderByProductMention(ctx));
      if (picked) await chooseOrder(ctx, picked);
      return;
    }
    case "item_ids": {
      if (!order) return;
      const items = await itemsFromMessage(ctx, order);
      if (items.length) progress(ctx, { itemIndexes: items, newVariantIds: undefined });
      return;
    }
    case "new_item_ids":
      if (order) await fillVariant(ctx, active, order);
      return;
    case "payment_method_id": {
      if (!order || !ctx.customer) return;
      const m = paymentFromMessage(ctx, paymentCandidates(active.name, ctx.customer, order));
      if (m) progress(ctx, { paymentMethodId: m.id });
      return;
    }
    case "address": {
      if (!ctx.customer) return;
      const address = addressFromMessage(ctx, ctx.customer);
      if (address) progress(ctx, { address });
      else {
        say(ctx, "address_unparsed", {}, { facts: [] });
        ctx.progressed = true;
      }
      return;
    }
    case "reason": {
      const reason = cancelReason(ctx);
      if (reason) progress(ctx, { reason });
      return;
    }
    case "details":
      if (ctx.text.trim().length >= 2) progress(ctx, { details: ctx.text.trim() });
      return;
    default:
      fillIncidental(ctx);
  }
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

/** Reasons given in passing ("cancel #W1, I no longer need it", "it arrived broken"). */
function fillIncidental(ctx: TurnContext): void {
  const active = ctx.state.active;
  if (!active) return;
  if (active.name === "cancel_order" && !active.slots.reason) {
    const reason = cancelReason(ctx);
    if (reason) setSlots(ctx, { reason });
  }
  // "ship #W1 to 1 Main St, Springfield, IL 62701": the address came with the request.
  if ((active.name === "modify_address" || active.name === "update_default_address") && !active.slots.address) {
    const address = parseAddress(ctx.text, ctx.locale);
    if (address) setSlots(ctx, { address });
  }
  // A quality problem is the reason of a return/exchange, and matters to some policies.
  if ((active.name === "return" || active.name === "exchange") && reportsQualityIssue(ctx.text)) {
    setSlots(ctx, { reason: ctx.text.trim() });
  }
}

function progress(ctx: TurnContext, patch: Partial<FlowSlots>): void {
  setSlots(ctx, patch);
  ctx.state = { ...ctx.state, awaiting: undefined, failures: 0 };
  ctx.progressed = true;
}

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

async function orderByProductMention(ctx: TurnContext): Promise<string | undefined> {
  if (!ctx.customer) return undefined;
  const ids = ctx.state.choices.map((c) => c.value);
  const matches: string[] = [];
  for (const id of ids) {
    const order = await ownOrder(ctx, id);
    if (order && (await itemsFromMessage(ctx, order)).length > 0) matches.push(order.id);
  }
  return matches.length === 1 ? matches[0] : undefined;
}

async function fillVariant(ctx: TurnContext, active: ActiveFlow, order: Order): Promise<void> {
  const indexes = active.slots.itemIndexes ?? [];
  const chosen = [...(active.slots.newVariantIds ?? indexes.map(() => ""))];
  const k = chosen.findIndex((v) => !v);
  const item = order.items[indexes[k] ?? -1];
  if (k < 0 || !item) return;
  const product = (await productsOf(ctx, order)).find((p) => p.id === item.productId);
  if (!product) return;
  const variant = variantFromMessage(
    ctx,
    product,
    product.variants.find((v) => v.id === item.variantId),
  );
  if (!variant) return;
  chosen[k] = variant.id;
  progress(ctx, { newVariantIds: chosen });
}

/** Fills what can be inferred without asking; returns false once it had to ask. */
async function ensureSlot(
  ctx: TurnContext,
  flow: ActiveFlow,
  slot: FlowSlot,
  order: Order | undefined,
): Promise<boolean> {
  const s = flow.slots;
  const customer = ctx.customer;
  if (!customer) return false;
  switch (slot) {
    case "itemIndexes":
      if (s.itemIndexes?.length) return true;
      if (order?.items.length === 1) {
        setSlots(ctx, { itemIndexes: [0] });
        return true;
      }
      // "Return the keyboard from order #W1": the opening request already named the item.
      if (order && s.request) {
        const named = itemsMentioned(await productsOf(ctx, order), order, s.request);
        if (named.length) {
          setSlots(ctx, { itemIndexes: named });
          return true;
        }
      }
      if (order) askItems(ctx, order);
      return false;
    case "newVariantIds": {
      const chosen = s.newVariantIds ?? [];
      const missing = (s.itemIndexes ?? []).findIndex((_, k) => !chosen[k]);
      if (missing < 0) return true;
      if (order) await askNewVariant(ctx, order, s.itemIndexes?.[missing] ?? 0);
      return false;
    }
    case "paymentMethodId": {
      if (s.paymentMethodId || !order) return true;
      const candidates = paymentCandidates(flow.name, customer, order);
      const only = candidates.length === 1 ? candidates[0] : undefined;
      const original = flow.name === "exchange" || flow.name === "modify_items" ? candidates[0] : undefined;
      const auto = only ?? original ?? paymentFromRequest(s.request, candidates);
      if (auto) {
        setSlots(ctx, { paymentMethodId: auto.id });
        return true;
      }
      if (candidates.length === 0) return true;
      askPayment(ctx, flow, order);
      return false;
    }
    case "address":
      if (s.address) return true;
      askAddress(ctx);
      return false;
    case "reason":
      if (s.reason || flow.name !== "cancel_order") return true;
      askReason(ctx);
      return false;
    case "details":
      if (s.details) return true;
      askDetails(ctx);
      return false;
    default:
      return true;
  }
}

/** Moves the active flow one step: asks for the next missing slot, shows info, or previews. */
export async function advanceFlow(ctx: TurnContext): Promise<void> {
  const initial = ctx.state.active;
  if (!initial) return;
  if (!ctx.customer) return askIdentity(ctx);
  const spec = FLOW_SPECS[initial.name];
  let order: Order | undefined;
  if (spec.needsOrder) {
    if (initial.slots.orderId) {
      order = await ownOrder(ctx, initial.slots.orderId);
      if (!order) {
        say(ctx, "order_not_found", { orderId: initial.slots.orderId });
        setSlots(ctx, { orderId: undefined, ...ORDER_DEPENDENT });
      }
    }
    // "Where is parcel 1Z999…?": the tracking number in the request names the order.
    const tracked = order ? undefined : await orderByTracking(ctx, initial.slots.request);
    if (tracked) {
      order = await ownOrder(ctx, tracked);
      setSlots(ctx, { orderId: tracked });
    }
    if (!order) return askOrder(ctx, initial);
    // Refuse before asking for items or addresses the order could never use.
    const refusal = spec.writes ? await ctx.deps.actions.orderRefusal?.(order.id, initial.name) : undefined;
    if (refusal) return refuse(ctx, ctx.state.active ?? initial, refusal);
  }
  for (const slot of spec.slots) {
    if (slot === "orderId") continue;
    const current = ctx.state.active;
    if (!current || !(await ensureSlot(ctx, current, slot, order))) return;
  }
  const ready = ctx.state.active;
  if (!ready) return;
  if (!spec.writes && order) {
    if (ready.name === "refund_status") await showRefundStatus(ctx, order);
    else showOrderStatus(ctx, order);
    const next = finishFlow(ctx);
    if (next) {
      say(ctx, "resume", {}, { facts: [] });
      await advanceFlow(ctx);
    }
    return;
  }
  await previewAndConfirm(ctx, ready, order);
}
