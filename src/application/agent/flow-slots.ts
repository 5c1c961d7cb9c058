import type { Command } from "../../domain/agent/command.js";
import type { FlowSlots } from "../../domain/dialog/dialog-state.js";
import {
  mentionsMistakeTypo,
  requestItemPart,
  resolvePaymentMethod,
  resolveVariantChange,
  selectItems,
} from "../../domain/dialog/extract/index.js";
import type { DialogFlow } from "../../domain/dialog/flow-specs.js";
import { parseChoicePositions } from "../../domain/dialog/parse-reply.js";
import { CatalogueMatcher } from "../../domain/nlu/entities/catalogue-matcher.js";
import { normalizeText } from "../../domain/nlu/normalize-text.js";
import type { Customer } from "../../domain/shop/customer.js";
import type { Order } from "../../domain/shop/order.js";
import type { PaymentMethod } from "../../domain/shop/payment-method.js";
import type { Product, Variant } from "../../domain/shop/product.js";
import { pickedChoices } from "./choices.js";
import { flowModule } from "./flows/flow-registry.js";
import type { TurnContext } from "./turn-context.js";

/** The shopper's own order by id (with or without '#'); someone else's order is "not found". */
export async function ownOrder(ctx: TurnContext, id: string): Promise<Order | undefined> {
  if (!ctx.customer) return undefined;
  for (const candidate of new Set([id, id.startsWith("#") ? id.slice(1) : `#${id}`])) {
    const order = await ctx.deps.reads.order(candidate);
    if (order && order.customerId === ctx.customer.id) return order;
  }
  return undefined;
}

/** The shopper's order shipped under a tracking number the text quotes ("1Z999…", "SF123…"). */
export async function orderByTracking(ctx: TurnContext, text: string | undefined): Promise<string | undefined> {
  if (!ctx.customer || !text) return undefined;
  const quoted = normalizeText(text).replace(/[\s-]/g, "");
  if (!/[a-z0-9]{8,}/.test(quoted)) return undefined;
  const orders = await ctx.deps.reads.ordersOf(ctx.customer.id);
  const hit = orders.find((o) =>
    o.fulfillments.some((f) => f.trackingIds.some((t) => t.length >= 8 && quoted.includes(normalizeText(t)))),
  );
  return hit?.id;
}

export function slotCommand(commands: readonly Command[], slot: string): Command | undefined {
  return commands.find((c) => c.type === "set_slot" && c.slot === slot);
}

function commandStrings(commands: readonly Command[], slot: string): string[] {
  const c = slotCommand(commands, slot);
  if (c?.type !== "set_slot") return [];
  return typeof c.value === "string" ? [c.value] : Array.isArray(c.value) ? c.value : Object.values(c.value);
}

/** Item indexes the message names: picked choices ("item:1"), positions, or product names. */
export async function itemsFromMessage(ctx: TurnContext, order: Order): Promise<number[]> {
  const fromCommand = commandStrings(ctx.understanding.commands, "item_ids").flatMap((v) => {
    const n = Number(v.replace(/^item:/, ""));
    if (Number.isInteger(n) && n >= 1 && n <= order.items.length) return [n - 1];
    const i = order.items.findIndex((it) => it.variantId === v);
    return i >= 0 ? [i] : [];
  });
  if (fromCommand.length) return [...new Set(fromCommand)];
  const offered = ctx.state.choices.flatMap((c) => (c.value.startsWith("item:") ? [Number(c.value.slice(5))] : []));
  const exact = pickedChoices(ctx).filter((v) => v.startsWith("item:") && ctx.text.trim() === v);
  if (exact.length) return exact.map((v) => Number(v.slice(5)));
  // Names with typos, options ("the red one"), ordinals over the offered list, "both", "all except …".
  const products = await productsOf(ctx, order);
  const items = order.items.map((it) => {
    const zh = products.find((p) => p.id === it.productId)?.nameZh;
    return { name: it.name, options: it.options, ...(zh ? { nameZh: zh } : {}) };
  });
  const selection = selectItems(ctx.text, items, offered.length ? offered : undefined);
  if (selection.kind === "selected") return selection.indexes;
  if (selection.kind === "ambiguous") return [];
  if (parseChoicePositions(ctx.text) === "all") return order.items.map((_, i) => i);
  const picked = offered.length
    ? pickedChoices(ctx).flatMap((v) => (v.startsWith("item:") ? [Number(v.slice(5))] : []))
    : [];
  if (picked.length) return picked;
  return itemsMentioned(products, order, ctx.text);
}

/**
 * Items a whole request names by product, typos included ("retrun the tshrit from W5"); [] when unsure. The
 * target of a change ("the third item to black, 8 cups, espresso") is read first without its new options, which
 * may name another item of the order (the Espresso Machine); only when that part names nothing is the whole read.
 */
export function itemsNamedInRequest(products: readonly Product[], order: Order, request: string): number[] {
  const part = requestItemPart(request);
  if (part !== request) {
    const named = itemsNamedIn(products, order, part);
    if (named.length) return named;
  }
  return itemsNamedIn(products, order, request);
}

function itemsNamedIn(products: readonly Product[], order: Order, request: string): number[] {
  const mentioned = itemsMentioned(products, order, request);
  if (mentioned.length) return mentioned;
  const items = order.items.map((it) => {
    const zh = products.find((p) => p.id === it.productId)?.nameZh;
    return { name: it.name, options: it.options, ...(zh ? { nameZh: zh } : {}) };
  });
  const selection = selectItems(request, items);
  // A name or a position ("the last one", "第二件"); "all" in a long request may be about something else.
  const sure = selection.kind === "selected" && (selection.by === "name" || selection.by === "ordinal");
  return sure ? selection.indexes : [];
}

/** Items of the order whose product (and options, when given) the text mentions. */
export function itemsMentioned(products: readonly Product[], order: Order, text: string): number[] {
  const matcher = new CatalogueMatcher(products);
  const mentions = matcher.match(normalizeText(text), text);
  const productIds = new Set(mentions.filter((m) => m.type === "product").map((m) => m.productId));
  const optionValues = new Set(mentions.filter((m) => m.type === "variant_option").map((m) => m.value.toLowerCase()));
  const byProduct = order.items.flatMap((it, i) => (productIds.has(it.productId) ? [i] : []));
  const narrowed = byProduct.filter((i) =>
    [...optionValues].every((v) => Object.values(order.items[i]?.options ?? {}).some((o) => o.toLowerCase() === v)),
  );
  return narrowed.length ? narrowed : byProduct;
}

export async function productsOf(ctx: TurnContext, order: Order): Promise<Product[]> {
  const out: Product[] = [];
  for (const id of new Set(order.items.map((i) => i.productId))) {
    const p = await ctx.deps.reads.product(id);
    if (p) out.push(p);
  }
  return out;
}

/**
 * The in-stock variant of `product` the message describes, starting from the current options: a
 * partial change ("type: clicky, keep the rest") keeps as many other options as stock allows.
 */
export function variantFromMessage(
  ctx: TurnContext,
  product: Product,
  current: Variant | undefined,
  text = ctx.text,
): Variant | undefined {
  const byCommand = commandStrings(ctx.understanding.commands, "new_item_ids");
  const picked = text === ctx.text ? pickedChoices(ctx) : [];
  for (const id of [...byCommand, ...picked, text.trim()]) {
    const v = product.variants.find((x) => x.id === id);
    if (v) return v;
  }
  // "black / L", as the options were listed.
  const typed = normalizeText(text).replace(/\s+/g, "");
  const listed = product.variants.find(
    (v) => normalizeText(Object.values(v.options).join("/")).replace(/\s+/g, "") === typed,
  );
  if (listed) return listed;
  // Partial changes keep the rest and prefer what is in stock ("switch type: clicky, keep the rest").
  if (current) {
    const change = resolveVariantChange(text, current, product.variants);
    if (change.kind === "resolved") return product.variants.find((v) => v.id === change.variant.id);
    if (change.kind === "unavailable" || change.kind === "unchanged") return undefined;
  }
  const mentions = new CatalogueMatcher([product]).match(normalizeText(text), text);
  const named: Record<string, string> = {};
  for (const m of mentions) if (m.type === "variant_option" && m.optionKey) named[m.optionKey] = m.value;
  if (!Object.entries(named).some(([k, val]) => current?.options[k] !== val)) return undefined;
  // Every option the shopper named must hold ("glass, white, 6 ft" is never metal / black / 6 ft); of those, the
  // one closest to the current variant.
  const fits = (v: Variant) => Object.entries(named).every(([k, val]) => v.options[k] === val);
  const kept = (v: Variant) => Object.entries(current?.options ?? {}).filter(([k, val]) => v.options[k] === val).length;
  const candidates = product.variants
    .filter((v) => fits(v) && v.id !== current?.id && v.available)
    .sort((a, b) => kept(b) - kept(a));
  return candidates[0];
}

/** Payment methods the flow may use for this order, filtered by the live policy first. */
export async function paymentChoicesFor(ctx: TurnContext, flow: DialogFlow, order: Order): Promise<PaymentMethod[]> {
  const customer = ctx.customer;
  if (!customer) return [];
  const choose = flowModule(flow).paymentChoices;
  return choose ? choose(customer, order, await ctx.deps.reads.policy()) : customer.paymentMethods;
}

/** A payment method named by id, choice, card digits ("ending 1234") or kind word ("my PayPal", "礼品卡"). */
export function paymentFromMessage(
  ctx: TurnContext,
  candidates: readonly PaymentMethod[],
  originalIds: readonly string[] = [],
): PaymentMethod | undefined {
  for (const id of [...commandStrings(ctx.understanding.commands, "payment_method_id"), ...pickedChoices(ctx)]) {
    const m = candidates.find((c) => c.id === id);
    if (m) return m;
  }
  return paymentFromRequest(ctx.text, candidates, originalIds);
}

/**
 * A payment method a text names ("改用微信支付", "my PayPal", "the card ending 1234", "原路退回"),
 * resolved by the payment extractor; undefined when none or several fit.
 */
export function paymentFromRequest(
  request: string | undefined,
  candidates: readonly PaymentMethod[],
  originalIds: readonly string[] = [],
): PaymentMethod | undefined {
  if (!request) return undefined;
  const resolved = resolvePaymentMethod(request, candidates, { originalMethodIds: originalIds });
  if (resolved.kind === "matched") return resolved.method;
  // "to the original card", "原路退回": the method the order was paid with, when it is offered.
  if (resolved.kind === "original") {
    const originals = candidates.filter((c) => originalIds.includes(c.id));
    if (originals.length === 1) return originals[0];
  }
  // "the card" with one credit card among the candidates.
  if (resolved.kind === "none" && /\bcard\b|卡/i.test(request) && !/gift|礼品/i.test(request)) {
    const cards = candidates.filter((c) => c.kind === "credit_card");
    return cards.length === 1 ? cards[0] : undefined;
  }
  return undefined;
}

/** Whether the text names two or more methods at once ("both", "PayPal and the gift card"). */
export function namesSeveralPayments(text: string, candidates: readonly PaymentMethod[]): boolean {
  return resolvePaymentMethod(text, candidates).kind === "both";
}

/** "ship it to my Oakland address": the one saved address whose city the text names next to "my … address". */
export function savedAddressNamed(text: string, customer: Customer): FlowSlots["address"] {
  const t = normalizeText(text);
  if (!/\bmy\b.{0,30}\baddress\b|我的?.{0,10}地址/.test(t)) return undefined;
  const saved = [customer.defaultAddress, ...customer.addresses];
  // "北京" names 北京市.
  const named = saved.filter((a) => a.city && t.includes(normalizeText(a.city).replace(/市$/, "")));
  return named.length === 1 && named[0] ? { ...named[0] } : undefined;
}

/** A saved address the shopper picked from the offered ones (a set_slot with fields counts too). */
export function savedAddressPicked(ctx: TurnContext, customer: Customer): FlowSlots["address"] {
  const c = slotCommand(ctx.understanding.commands, "address");
  if (c?.type === "set_slot" && typeof c.value === "object" && !Array.isArray(c.value) && c.value.line1) return c.value;
  const picked = pickedChoices(ctx).find((v) => v.startsWith("addr:"));
  const saved = picked ? [customer.defaultAddress, ...customer.addresses][Number(picked.slice(5))] : undefined;
  return saved ? { ...saved } : savedAddressNamed(ctx.text, customer);
}

/** Cancel reasons the shop accepts, read from free text. */
export function cancelReason(ctx: TurnContext, text = ctx.text): string | undefined {
  const picked = pickedChoices(ctx)[0];
  if (picked === "no longer needed" || picked === "ordered by mistake") return picked;
  const t = normalizeText(text);
  if (/mistake|wrong|accident|错|误/.test(t) || mentionsMistakeTypo(t)) return "ordered by mistake";
  if (/no longer|don'?t need|not need|changed my mind|不需要|不要了|不想要|用不上|不用了/.test(t))
    return "no longer needed";
  return undefined;
}

/**
 * "yes", "just cancel it", "没什么原因": no reason given at the reason question. The common one is
 * assumed and shown in the confirmation, where the shopper can still change it.
 */
export function assumedCancelReason(text: string): string | undefined {
  const t = normalizeText(text).trim();
  const noReason =
    /^(?:y(?:es|ep|eah)?|ok(?:ay)?|sure|fine|whatever|go ahead|please|pls)\b|\bno (?:particular |special )?reason\b|\bjust cancel\b|\bcancel (?:it|pls|please)\b|^(?:是的?|好的?|对|确认|确定|可以|行|嗯)|没(?:什么|啥)?(?:原因|理由)|不为什么|随便|都行|就是(?:想)?取消|直接取消/;
  return noReason.test(t) ? "no longer needed" : undefined;
}
