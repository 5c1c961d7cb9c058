import { statusLabel, trackingLabel } from "../../domain/dialog/labels.js";
import type { Order } from "../../domain/shop/order.js";
import { itemLabel, money, orderCard } from "./order-views.js";
import { append, say, type TurnContext } from "./turn-context.js";

/** Status, latest scan and the full timeline as an order card. */
export function showOrderStatus(ctx: TurnContext, order: Order): void {
  const status = statusLabel(order.status, ctx.locale);
  say(
    ctx,
    "order_status",
    { orderId: order.id, status },
    {
      facts: [order.id, status],
      orderCards: [orderCard(order, ctx.locale)],
      step: "order_status",
    },
  );
  // What is in it, so "what did I order in W1?" is answered too.
  append(ctx, "order_items", { items: order.items.map(itemLabel).join(ctx.locale === "zh" ? "；" : "; ") });
  const shipment = order.fulfillments.find((f) => f.events.length > 0) ?? order.fulfillments[0];
  const latest = shipment?.events.at(-1);
  if (shipment && latest) {
    append(ctx, "tracking_latest", {
      trackingId: shipment.trackingIds.join(", "),
      event: trackingLabel(latest.status, ctx.locale),
      location: latest.location,
      at: latest.at.slice(0, 10),
    });
    if (shipment.carrier) append(ctx, "tracking_carrier", { carrier: shipment.carrier });
  } else if (shipment && shipment.trackingIds.length > 0) {
    // Imported shops (τ²) carry tracking numbers without carrier scans: the number is still the answer.
    append(ctx, "tracking_number", { trackingId: shipment.trackingIds.join(", ") });
  } else if (!["cancelled", "pending", "pending_items_modified"].includes(order.status)) {
    append(ctx, "no_tracking");
  }
}

/** After-sales requests on the order and refunds already paid out. */
export async function showRefundStatus(ctx: TurnContext, order: Order): Promise<void> {
  const requests = await ctx.deps.store.afterSales.listByOrder(order.id);
  const refunds = order.payments.filter((p) => p.type === "refund");
  if (requests.length === 0 && refunds.length === 0) {
    say(ctx, "refund_none", { orderId: order.id }, { orderCards: [orderCard(order, ctx.locale)] });
    return;
  }
  say(
    ctx,
    "order_status",
    { orderId: order.id, status: statusLabel(order.status, ctx.locale) },
    {
      orderCards: [orderCard(order, ctx.locale)],
      step: "refund_status",
    },
  );
  for (const r of requests) {
    append(ctx, "refund_line", {
      kind: r.kind,
      status: r.status,
      amount: money(order, Math.abs(r.amountCents), ctx.locale),
    });
  }
  if (requests.some((r) => r.status === "requested")) append(ctx, "refund_awaiting_review");
  for (const r of refunds) {
    append(ctx, "refund_paid", { amount: money(order, r.amountCents, ctx.locale), date: (r.at ?? "").slice(0, 10) });
  }
}
