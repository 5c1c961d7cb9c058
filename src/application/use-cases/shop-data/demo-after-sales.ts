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
 * console's after-sales queue has something to approve or reject, plus the completed requests
 * behind the "returned" and "exchanged" orders (filed the day after delivery).
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
    const completed = order.deliveredAt
      ? {
          ...base,
          status: "completed" as const,
          createdAt: new Date(Date.parse(order.deliveredAt) + 86_400_000).toISOString(),
        }
      : undefined;
    if (order.status === "returned" && completed) {
      requests.push({
        ...completed,
        kind: "return",
        itemIndexes: order.items.map((_, i) => i),
        newVariantIds: [],
        reason: zh ? "质量不满意" : "not as described",
        refundMethodId: paidWith(order),
        amountCents: order.items.reduce((sum, item) => sum + item.priceCents, 0),
        details: { refundImmediate: false },
      });
    }
    const current = order.items[0];
    // The exchanged order already holds the new variant; the shopper swapped away from another one.
    const before = current ? swapFor(products, current.productId, current.variantId) : undefined;
    if (order.status === "exchanged" && completed && current && before) {
      const differenceCents = current.priceCents - before.priceCents;
      requests.push({
        ...completed,
        kind: "exchange",
        itemIndexes: [0],
        newVariantIds: [current.variantId],
        reason: zh ? "颜色不喜欢" : "wrong colour",
        refundMethodId: paidWith(order),
        amountCents: -differenceCents,
        details: {
          paymentMethodId: paidWith(order),
          differenceCents,
          changes: [
            {
              itemIndex: 0,
              fromVariantId: before.id,
              toVariantId: current.variantId,
              newPriceCents: current.priceCents,
              differenceCents,
            },
          ],
        },
      });
    }
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

/** Writes the demo requests by fixed id: a request already reviewed or completed is left as it is. */
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
