import { KefuError } from "../../../domain/errors/kefu-error.js";
import type { Order } from "../../../domain/shop/order.js";

/** The two swaps a platform order can take, as the reasons name them. */
export type PlatformSwap = "modify_items" | "exchange";

const SWAP_WORDS: Record<PlatformSwap, { en: string; zh: string }> = {
  modify_items: { en: "An item change", zh: "商品修改" },
  exchange: { en: "An exchange", zh: "换货" },
};

/** Why a platform order's swap with a price difference goes to a colleague (no final stop: callers punctuate). */
export function platformPriceDifferenceReason(swap: PlatformSwap): { en: string; zh: string } {
  const what = SWAP_WORDS[swap];
  return {
    en: `${what.en} to an option with a different price has to be settled by a colleague in the shop's own system`,
    zh: `此订单的${what.zh}涉及差价，需要由同事在店铺系统中处理`,
  };
}

/**
 * Refuses an item change or exchange of a platform order whose new options cost a different price: the shop
 * platform would leave a balance to charge or refund that Kefu cannot settle there, so a colleague does it.
 */
export function requirePlatformPriceNeutral(order: Order, differenceCents: number, swap: PlatformSwap): void {
  if (!order.external || differenceCents === 0) return;
  throw new KefuError(
    "PLATFORM_UNSUPPORTED",
    `Order ${order.id} lives on ${order.external.platform}: ${SWAP_WORDS[swap].en} with a price difference of ${differenceCents} cents`,
    { details: { reason: platformPriceDifferenceReason(swap) } },
  );
}
