import type { AfterSalesRequest } from "../../../domain/shop/after-sales-request.js";
import type { Order } from "../../../domain/shop/order.js";
import type { Product } from "../../../domain/shop/product.js";
import type { Store } from "../../ports/store.js";
import { daysAgo } from "./demo-timeline.js";
import { stableJson } from "./stable-json.js";

/** The fixed id of the request behind a demo order that waits for review. */
export const demoRequestId = (orderId: string): string => `asr_demo_${orderId.replace(/\W/g, "")}`;

/** Another available variant of the same product, for a demo exchange (undefined when there is none). */
function swapFor(products: readonly Product[], productId: string, variantId: string) {
  return products.find((p) => p.id === productId)?.variants.find((v) => v.available && v.id !== variantId);
}

function paidWith(order: Order): string {
  return order.payments.find((p) => p.type === "payment")?.paymentMethodId ?? "";
}

/**
 * The open requests behind demo orders in "return requested" and "exchange requested", so the
 * console's after-sales queue has something to approve or reject. Completed orders carry no request.
 */
export function buildDemoAfterSales(now: Date, orders: readonly Order[], products: readonly Product[]) {
  const requests: AfterSalesRequest[] = [];
  for (const order of orders) {
    const zh = order.address.country === "中国";
    const base = {
      id: demoRequestId(order.id),
      orderId: order.id,
      customerId: order.customerId,
      status: "requested" as const,
      createdBy: `customer:${order.customerId}`,
      createdAt: daysAgo(now, 2),
    };
    if (order.status === "return_requested") {
      const itemIndexes = order.items.map((_, i) => i);
      requests.push({
        ...base,
        kind: "return",
        itemIndexes,
        newVariantIds: [],
        reason: zh ? "尺码不合适" : "does not fit",
        refundMethodId: paidWith(order),
        amountCents: order.items.reduce((sum, item) => sum + item.priceCents, 0),
        details: { refundImmediate: false },
      });
    }
    const first = order.items[0];
    const swap = first ? swapFor(products, first.productId, first.variantId) : undefined;
    if (order.status === "exchange_requested" && first && swap) {
      const differenceCents = swap.priceCents - first.priceCents;
      const paymentMethodId = paidWith(order);
      requests.push({
        ...base,
        kind: "exchange",
        itemIndexes: [0],
        newVariantIds: [swap.id],
        reason: zh ? "想换个款式" : "wrong size",
        refundMethodId: paymentMethodId,
        amountCents: -differenceCents,
        details: {
          paymentMethodId,
          differenceCents,
          changes: [
            {
              itemIndex: 0,
              fromVariantId: first.variantId,
              toVariantId: swap.id,
              newPriceCents: swap.priceCents,
              differenceCents,
            },
          ],
        },
      });
    }
  }
  return requests;
}

/** Writes the demo requests by fixed id: a request already reviewed is left as it is. */
export async function writeDemoAfterSales(store: Store, requests: readonly AfterSalesRequest[]): Promise<number> {
  let written = 0;
  await store.transaction(async (tx) => {
    for (const request of requests) {
      const stored = await tx.afterSales.get(request.id);
      if (stored && stored.status !== "requested") continue;
      if (stored && stableJson(stored) === stableJson(request)) continue;
      if (stored) await tx.afterSales.update(request);
      else await tx.afterSales.create(request);
      written++;
    }
  });
  return written;
}
