import { KefuError } from "../../../domain/errors/kefu-error.js";
import type { Order } from "../../../domain/shop/order.js";

/**
 * Refuses an item change or exchange of a platform order whose new options cost a different price: the shop
 * platform would leave a balance to charge or refund that Kefu cannot settle there, so a colleague does it.
 */
export function requirePlatformPriceNeutral(
  order: Order,
  differenceCents: number,
  what: { en: string; zh: string },
): void {
  if (!order.external || differenceCents === 0) return;
  throw new KefuError(
    "PLATFORM_UNSUPPORTED",
    `Order ${order.id} lives on ${order.external.platform}: ${what.en} with a price difference of ${differenceCents} cents`,
    {
      details: {
        reason: {
          en: `${what.en} to an option with a different price has to be settled by a colleague in the shop's own system`,
          zh: `此订单的${what.zh}涉及差价，需要由同事在店铺系统中处理`,
        },
      },
    },
  );
}
