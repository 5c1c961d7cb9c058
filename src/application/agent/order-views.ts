import type { QuickReply } from "../../domain/conversation/message.js";
import { statusLabel, trackingLabel } from "../../domain/dialog/labels.js";
import type { Locale } from "../../domain/locale.js";
import { formatMoney } from "../../domain/money.js";
import { type Order, type OrderItem, orderTotalCents } from "../../domain/shop/order.js";

/** Money in the order's currency and the shopper's language. */
export function money(order: Pick<Order, "currency">, cents: number, locale: Locale): string {
  return formatMoney(cents, order.currency, locale);
}

/** "Blue / M" from an item's options. */
export function optionsText(options: Record<string, string>): string {
  return Object.values(options).join(" / ");
}

/** "T-Shirt (Blue / M)". */
export function itemLabel(item: Pick<OrderItem, "name" | "options">): string {
  const opts = optionsText(item.options);
  return opts ? `${item.name} (${opts})` : item.name;
}

/** A quick reply naming an order by id, status and first item. */
export function orderChoice(order: Order, locale: Locale): QuickReply {
  const first = order.items[0];
  const more =
    order.items.length > 1 ? (locale === "zh" ? ` 等${order.items.length}件` : ` +${order.items.length - 1}`) : "";
  return {
    label: `${order.id} · ${statusLabel(order.status, locale)} · ${first ? first.name : ""}${more}`,
    value: order.id,
  };
}

/** The widget's order card: status, items, total and every shipment's tracking timeline. */
export function orderCard(order: Order, locale: Locale) {
  return {
    orderId: order.id,
    status: order.status,
    statusLabel: statusLabel(order.status, locale),
    placedAt: order.placedAt,
    currency: order.currency,
    totalCents: orderTotalCents(order),
    total: money(order, orderTotalCents(order), locale),
    items: order.items.map((item) => ({
      productId: item.productId,
      name: item.name,
      options: item.options,
      priceCents: item.priceCents,
      price: money(order, item.priceCents, locale),
    })),
    shipments: order.fulfillments.map((f) => ({
      carrier: f.carrier,
      trackingIds: f.trackingIds,
      timeline: f.events.map((e) => ({
        at: e.at,
        status: e.status,
        label: trackingLabel(e.status, locale),
        location: e.location,
        description: e.description,
      })),
    })),
  };
}

/** An order card as the widget receives it in payload.orderCards. */
export type OrderCardView = ReturnType<typeof orderCard>;

/**
 * Item names in the shopper's language where the catalogue has them: the order keeps the name it
 * was bought under (usually English), the product may carry a Chinese one.
 */
export async function localizeOrderCards(
  cards: OrderCardView[],
  locale: Locale,
  productName: (productId: string) => Promise<{ nameZh?: string } | undefined>,
): Promise<OrderCardView[]> {
  if (locale !== "zh" || cards.length === 0) return cards;
  const names = new Map<string, string | undefined>();
  for (const card of cards) {
    for (const item of card.items) {
      if (!names.has(item.productId)) names.set(item.productId, (await productName(item.productId))?.nameZh);
    }
  }
  return cards.map((card) => ({
    ...card,
    items: card.items.map((item) => ({ ...item, name: names.get(item.productId) ?? item.name })),
  }));
}
