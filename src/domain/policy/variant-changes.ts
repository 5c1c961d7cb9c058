import type { Order } from "../shop/order.js";
import type { Product, Variant } from "../shop/product.js";
import type { Refusal, RuleLog } from "./decision.js";
import type { PolicyAction } from "./order-checks.js";
import type { ShopPolicy } from "./shop-policy.js";

/** One order line changed to another variant. */
export interface ItemChange {
  itemIndex: number;
  fromVariantId: string;
  toVariantId: string;
  /** The new variant's current price. */
  newPriceCents: number;
  /** New price minus the price paid for the line. */
  differenceCents: number;
}

const productName = (products: readonly Product[], id: string) => products.find((p) => p.id === id)?.name ?? id;

/**
 * Each selected line must become an available, different variant of the same product.
 * `newVariants[i]` belongs to `itemIndexes[i]`; undefined marks an id that does not exist.
 */
export function checkVariantChanges(
  log: RuleLog,
  policy: ShopPolicy,
  action: PolicyAction,
  order: Order,
  itemIndexes: number[],
  newVariants: ReadonlyArray<Variant | undefined>,
  products: readonly Product[],
): { changes: ItemChange[] } | { refusal: Refusal } {
  const counted = newVariants.length === itemIndexes.length && newVariants.every((v) => v !== undefined);
  const known = newVariants.filter(Boolean).length;
  const detail = counted
    ? { en: `${newVariants.length} new item(s) found`, zh: `找到 ${newVariants.length} 件新商品` }
    : {
        en: `${itemIndexes.length} item(s) selected, ${known} known new item(s)`,
        zh: `已选 ${itemIndexes.length} 件商品，其中 ${known} 件有已知的新款式`,
      };
  if (!log.check(`${action}.new_items_known`, counted, detail)) {
    return {
      refusal: log.refuse("VARIANT_NOT_FOUND", {
        en: "Please choose one existing new option for every item you want to change.",
        zh: "请为每件要更换的商品选择一个存在的新款式。",
      }),
    };
  }
  const changes: ItemChange[] = [];
  for (const [at, itemIndex] of itemIndexes.entries()) {
    const item = order.items[itemIndex];
    const variant = newVariants[at];
    if (!item || !variant) continue;
    const sameProduct = variant.productId === item.productId;
    if (
      policy.sameProductOnly &&
      !log.check(
        `${action}.same_product`,
        sameProduct,
        `item ${itemIndex} (${item.productId}) → ${variant.id} of ${variant.productId}`,
      )
    ) {
      const from = productName(products, item.productId);
      const to = productName(products, variant.productId);
      return {
        refusal: log.refuse("DIFFERENT_PRODUCT", {
          en: `${from} can only be changed to another option of ${from}, not to ${to}.`,
          zh: `${from} 只能换成同一商品的其他款式，不能换成 ${to}。`,
        }),
      };
    }
    if (
      !log.check(
        `${action}.different_option`,
        variant.id !== item.variantId,
        `item ${itemIndex}: ${item.variantId} → ${variant.id}`,
      )
    ) {
      return {
        refusal: log.refuse("SAME_VARIANT", {
          en: `Item ${item.name} already has the options you chose; please pick different options.`,
          zh: `商品 ${item.name} 已经是您选的款式，请选择不同的款式。`,
        }),
      };
    }
    if (
      !log.check(`${action}.new_item_available`, variant.available, {
        en: `${variant.id} available: ${variant.available}`,
        zh: `${variant.id} ${variant.available ? "有货" : "无货"}`,
      })
    ) {
      const options = Object.values(variant.options).join(" / ");
      return {
        refusal: log.refuse("VARIANT_UNAVAILABLE", {
          en: `${item.name} (${options}) is out of stock.`,
          zh: `${item.name}（${options}）暂时无货。`,
        }),
      };
    }
    changes.push({
      itemIndex,
      fromVariantId: item.variantId,
      toVariantId: variant.id,
      newPriceCents: variant.priceCents,
      differenceCents: variant.priceCents - item.priceCents,
    });
  }
  return { changes };
}
