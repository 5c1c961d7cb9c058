import { KefuError } from "../../../domain/errors/kefu-error.js";
import type { Order } from "../../../domain/shop/order.js";

/**
 * Refuses a change the shop platform's adapter cannot make (a payment-method change) on a
 * platform-backed order: changing only Kefu's mirror would diverge from the shop, so a human does it.
 */
export function requireLocalOrder(order: Order, what: { en: string; zh: string }): void {
  if (!order.external) return;
  throw new KefuError("PLATFORM_UNSUPPORTED", `Order ${order.id} lives on ${order.external.platform}: ${what.en}`, {
    details: {
      reason: {
        en: `${what.en} for this order has to be done by a colleague in the shop's own system`,
        zh: `此订单的${what.zh}需要由同事在店铺系统中处理`,
      },
    },
  });
}
