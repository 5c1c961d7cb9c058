import { resolveVariantChange } from "../../../domain/dialog/extract/index.js";
import type { Order } from "../../../domain/shop/order.js";
import { productsOf } from "../flow-slots.js";
import { optionsText } from "../order-views.js";
import { say, type TurnContext } from "../turn-context.js";

/**
 * Why the message named no new variant the bot can use, said before the options are listed again:
 * the exact option is sold out ("blue XL"), or it names another product ("swap the t-shirt for the jacket").
 */
export async function explainUnusableVariant(
  ctx: TurnContext,
  order: Order,
  itemIndex: number,
  text: string,
): Promise<void> {
  const item = order.items[itemIndex];
  const product = (await productsOf(ctx, order)).find((p) => p.id === item?.productId);
  const current = product?.variants.find((v) => v.id === item?.variantId);
  if (!product || !current) return;
  const change = resolveVariantChange(text, current, product.variants);
  if (change.kind === "unavailable" && change.exact) {
    say(ctx, "variant_sold_out", { variant: optionsText(change.exact.options) }, { facts: [] });
    return;
  }
  // Products the NLU found in this very message; another one than the item's cannot be an exchange.
  if (text !== ctx.text) return;
  const own = new Set([product.name, product.nameZh].filter(Boolean).map((n) => n?.toLowerCase()));
  const other = ctx.understanding.nlu.entities.find((e) => e.type === "product" && !own.has(e.value.toLowerCase()));
  if (other) say(ctx, "exchange_same_product", { other: other.value }, { facts: [] });
}
