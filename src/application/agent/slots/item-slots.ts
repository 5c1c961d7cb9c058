import type { ActiveFlow } from "../../../domain/dialog/dialog-state.js";
import { normalizeText } from "../../../domain/nlu/normalize-text.js";
import type { Order } from "../../../domain/shop/order.js";
import { askItems, askNewVariant } from "../ask-slots.js";
import { itemsFromMessage, itemsNamedInRequest, productsOf, variantFromMessage } from "../flow-slots.js";
import { progress, setSlots } from "../flow-state.js";
import type { TurnContext } from "../turn-context.js";
import type { SlotModule } from "./slot-module.js";
import { explainUnusableVariant } from "./variant-note.js";

const EVERY_ITEM =
  /\b(?:both|all (?:the |my )?(?:items|of them|things)|everything|the whole order)\b|两个都|两件都|都退|都换|全部|所有商品|整单/;

function mentionsEveryItem(text: string): boolean {
  return EVERY_ITEM.test(normalizeText(text).replace(/\bboth\s+#?w\d{7}\b/g, " "));
}

/** Which items of the order: "the t-shirt", "the second one", "both", a picked button. */
export const itemsSlot: SlotModule = {
  slot: "itemIndexes",
  awaiting: "item_ids",
  async ensure(ctx, flow, order) {
    const s = flow.slots;
    if (s.itemIndexes?.length) return true;
    if (!order) return false;
    if (order.items.length === 1) {
      setSlots(ctx, { itemIndexes: [0] });
      return true;
    }
    // "Return the keyboard from order #W1": the opening request already named the item.
    if (s.request) {
      const named = itemsNamedInRequest(await productsOf(ctx, order), order, s.request);
      if (named.length) {
        setSlots(ctx, { itemIndexes: named });
        return true;
      }
      // "return both items from #W5", "W0020005两个都退", "全部退掉": every item of the order.
      if (mentionsEveryItem(s.request)) {
        setSlots(ctx, { itemIndexes: order.items.map((_, i) => i) });
        return true;
      }
    }
    askItems(ctx, order);
    return false;
  },
  async fill(ctx, _flow, order) {
    if (!order) return;
    const items = await itemsFromMessage(ctx, order);
    if (items.length) progress(ctx, { itemIndexes: items, newVariantIds: undefined });
  },
};

/** The new variant of each chosen item, in stock only. */
export const variantSlot: SlotModule = {
  slot: "newVariantIds",
  awaiting: "new_item_ids",
  async ensure(ctx, flow, order) {
    const s = flow.slots;
    const chosen = s.newVariantIds ?? [];
    const missing = (s.itemIndexes ?? []).findIndex((_, k) => !chosen[k]);
    if (missing < 0) return true;
    if (!order) return false;
    // "exchange the t-shirt for blue": the request may already say which variant.
    if (s.request && missing === 0 && (await fillVariant(ctx, flow, order, s.request)))
      return variantSlot.ensure(ctx, ctx.state.active ?? flow, order);
    const index = s.itemIndexes?.[missing] ?? 0;
    if (s.request && missing === 0 && ctx.turn.startedFlow) await explainUnusableVariant(ctx, order, index, s.request);
    await askNewVariant(ctx, order, index);
    return false;
  },
  async fill(ctx, flow, order) {
    if (!order || (await fillVariant(ctx, flow, order, ctx.text))) return;
    const indexes = flow.slots.itemIndexes ?? [];
    const missing = indexes.findIndex((_, k) => !flow.slots.newVariantIds?.[k]);
    if (missing >= 0) await explainUnusableVariant(ctx, order, indexes[missing] ?? 0, ctx.text);
  },
};

async function fillVariant(ctx: TurnContext, flow: ActiveFlow, order: Order, text: string): Promise<boolean> {
  const indexes = flow.slots.itemIndexes ?? [];
  const chosen = [...(flow.slots.newVariantIds ?? indexes.map(() => ""))];
  const k = chosen.findIndex((v) => !v);
  const item = order.items[indexes[k] ?? -1];
  if (k < 0 || !item) return false;
  const product = (await productsOf(ctx, order)).find((p) => p.id === item.productId);
  if (!product) return false;
  const variant = variantFromMessage(
    ctx,
    product,
    product.variants.find((v) => v.id === item.variantId),
    text,
  );
  if (!variant) return false;
  chosen[k] = variant.id;
  progress(ctx, { newVariantIds: chosen });
  return true;
}
