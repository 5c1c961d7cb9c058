import { streetCorrection } from "../../domain/dialog/extract/index.js";
import { normalizeText } from "../../domain/nlu/normalize-text.js";
import { itemsFromMessage, itemsMentioned, ownOrder, productsOf, variantFromMessage } from "./flow-slots.js";
import { setSlots } from "./flow-state.js";
import type { TurnContext } from "./turn-context.js";

const ADDS = /\b(?:too|also|as well|and|plus)\b|也|还有|另外|再加/;
const ONLY = /\b(?:only|just)\b|只/;

function edited(ctx: TurnContext): true {
  ctx.state = { ...ctx.state, awaiting: undefined };
  ctx.progressed = true;
  return true;
}

/** "不对，是建国路99号", "no, it's 90 Pine Road": the street of the address being confirmed changes. */
function editStreet(ctx: TurnContext): boolean {
  const active = ctx.state.active;
  const address = active?.slots.address;
  if (!active || !address || !["modify_address", "update_default_address"].includes(active.name)) return false;
  const line1 = streetCorrection(ctx.text, address.line1 ?? "");
  if (!line1 || line1 === address.line1) return false;
  setSlots(ctx, { address: { ...address, line1 } });
  return edited(ctx);
}

/**
 * "make it blue M instead", "and the earbuds in black too": a new variant for an item of the exchange
 * or item change being confirmed; an item not yet in it is added ("too") or replaces the others.
 */
async function editVariants(ctx: TurnContext): Promise<boolean> {
  const active = ctx.state.active;
  if (!active?.slots.orderId || !["exchange", "modify_items"].includes(active.name)) return false;
  const order = await ownOrder(ctx, active.slots.orderId);
  if (!order) return false;
  const products = await productsOf(ctx, order);
  const indexes = active.slots.itemIndexes ?? [];
  const named = itemsMentioned(products, order, ctx.text);
  const targets = named.length ? named : indexes.length === 1 ? indexes : [];
  const found = new Map<number, string>();
  for (const i of targets) {
    const item = order.items[i];
    const product = products.find((p) => p.id === item?.productId);
    if (!item || !product) continue;
    const current = product.variants.find((v) => v.id === item.variantId);
    const variant = variantFromMessage(ctx, product, current, ctx.text);
    if (variant && variant.id !== item.variantId) found.set(i, variant.id);
  }
  if (found.size === 0) return false;
  const chosen = new Map(indexes.map((i, k) => [i, active.slots.newVariantIds?.[k] ?? ""]));
  const keep = named.some((i) => !indexes.includes(i)) && !ADDS.test(normalizeText(ctx.text)) ? [] : indexes;
  const next = [...new Set([...keep, ...found.keys()])].sort((a, b) => a - b);
  setSlots(ctx, { itemIndexes: next, newVariantIds: next.map((i) => found.get(i) ?? chosen.get(i) ?? "") });
  return edited(ctx);
}

/** "算了，只退键盘", "just the keyboard": fewer items than the request being confirmed. */
async function narrowItems(ctx: TurnContext): Promise<boolean> {
  const active = ctx.state.active;
  const indexes = active?.slots.itemIndexes ?? [];
  if (!active?.slots.orderId || indexes.length < 2 || !ONLY.test(normalizeText(ctx.text))) return false;
  const order = await ownOrder(ctx, active.slots.orderId);
  if (!order) return false;
  const items = (await itemsFromMessage(ctx, order)).filter((i) => indexes.includes(i));
  if (items.length === 0 || items.length === indexes.length) return false;
  const variants = active.slots.newVariantIds;
  setSlots(ctx, {
    itemIndexes: items,
    newVariantIds: variants ? items.map((i) => variants[indexes.indexOf(i)] ?? "") : undefined,
  });
  return edited(ctx);
}

/** A change to the request being confirmed, read before yes/no ("No wait, …" often carries one). */
export async function applyConfirmationEdit(ctx: TurnContext): Promise<boolean> {
  return editStreet(ctx) || (await narrowItems(ctx)) || (await editVariants(ctx));
}
