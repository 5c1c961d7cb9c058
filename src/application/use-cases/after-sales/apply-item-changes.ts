import { KefuError } from "../../../domain/errors/kefu-error.js";
import type { ItemChange } from "../../../domain/policy/eligibility.js";
import type { OrderItem } from "../../../domain/shop/order.js";
import type { Repositories } from "../../ports/store.js";

/** The order lines after the planned changes: new variant id, options and price. */
export async function applyItemChanges(
  repos: Pick<Repositories, "products">,
  items: OrderItem[],
  changes: ItemChange[],
): Promise<OrderItem[]> {
  const next = [...items];
  for (const change of changes) {
    const variant = await repos.products.getVariant(change.toVariantId);
    const item = next[change.itemIndex];
    if (!variant || !item) throw new KefuError("PRODUCT_NOT_FOUND", `Variant ${change.toVariantId} disappeared`);
    next[change.itemIndex] = {
      ...item,
      variantId: variant.id,
      options: variant.options,
      priceCents: change.newPriceCents,
    };
  }
  return next;
}
