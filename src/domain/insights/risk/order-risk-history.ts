import type { AfterSalesRequest } from "../../shop/after-sales-request.js";
import type { Order } from "../../shop/order.js";
import { orderTotalCents } from "../../shop/order.js";
import type { Review } from "../review.js";
import type { RiskFeatureValues } from "./risk-features.js";

const RETURN_STATUSES = new Set<Order["status"]>(["returned", "return_requested", "exchanged", "exchange_requested"]);
const TROUBLE_KINDS = new Set<AfterSalesRequest["kind"]>(["return", "exchange", "complaint", "warranty"]);
const DAY = 86_400_000;
/** Pseudo-counts pulling a product's return rate towards the shop-wide rate. */
const PRIOR_WEIGHT = 5;
/** Folds for out-of-fold product return rates. */
const FOLDS = 5;

/** Orders whose after-sales outcome is known: delivered, or already returned/exchanged. */
export const SETTLED_FOR_RISK = new Set<Order["status"]>([
  "delivered",
  "returned",
  "return_requested",
  "exchanged",
  "exchange_requested",
]);

/** A stable fold per order id (FNV-1a), so training rows and re-runs agree. */
function foldOf(orderId: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < orderId.length; i++) h = Math.imul(h ^ orderId.charCodeAt(i), 0x01000193);
  return (h >>> 0) % FOLDS;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Counts and indexes over the shop's history from which order features are computed without
 * leaking the order's own outcome: a settled order's product return rates come from the other
 * folds of settled orders (leaving out just the order itself would rank its own returns lower),
 * the customer's history only counts earlier orders, and reviews from the order are ignored.
 */
export class OrderRiskHistory {
  /** Settled orders and troubled ones per product, in total and per `${fold}|${productId}`. */
  private readonly sold = new Map<string, number>();
  private readonly returned = new Map<string, number>();
  private readonly requests = new Map<string, AfterSalesRequest[]>();
  private readonly byCustomer = new Map<string, Order[]>();
  private readonly reviewsByProduct = new Map<string, Review[]>();
  private readonly position = new Map<string, number>();
  private readonly prior: number;

  constructor(orders: readonly Order[], afterSales: readonly AfterSalesRequest[], reviews: readonly Review[]) {
    for (const r of afterSales) push(this.requests, r.orderId, r);
    orders.forEach((o, i) => {
      this.position.set(o.id, i);
      push(this.byCustomer, o.customerId, o);
      if (!SETTLED_FOR_RISK.has(o.status)) return;
      const trouble = this.hadTrouble(o);
      const fold = foldOf(o.id);
      for (const id of new Set(o.items.map((i) => i.productId))) {
        for (const key of [id, `${fold}|${id}`]) {
          this.sold.set(key, (this.sold.get(key) ?? 0) + 1);
          if (trouble) this.returned.set(key, (this.returned.get(key) ?? 0) + 1);
        }
      }
    });
    for (const r of reviews) {
      if (r.productId) push(this.reviewsByProduct, r.productId, r);
    }
    let sold = 0;
    let returned = 0;
    for (const [k, v] of this.sold) if (!k.includes("|")) sold += v;
    for (const [k, v] of this.returned) if (!k.includes("|")) returned += v;
    this.prior = sold === 0 ? 0.1 : returned / sold;
  }

  /** The label: the order was returned or exchanged, or drew a return, exchange, warranty or complaint request. */
  hadTrouble(order: Order): boolean {
    if (RETURN_STATUSES.has(order.status)) return true;
    return (this.requests.get(order.id) ?? []).some((r) => TROUBLE_KINDS.has(r.kind) && r.status !== "rejected");
  }

  private isEarlier(a: Order, b: Order): boolean {
    if (a.placedAt && b.placedAt) return a.placedAt < b.placedAt;
    return (this.position.get(a.id) ?? 0) < (this.position.get(b.id) ?? 0);
  }

  /** Feature values of `order`; `now` measures the delay of undelivered orders. */
  features(order: Order, now: string): RiskFeatureValues {
    const fold = SETTLED_FOR_RISK.has(order.status) ? foldOf(order.id) : undefined;
    const products = [...new Set(order.items.map((i) => i.productId))];
    const rates = products.map((id) => {
      // A settled order sees only the other folds; an open one sees every settled order.
      const inFold = (map: Map<string, number>) => (fold === undefined ? 0 : (map.get(`${fold}|${id}`) ?? 0));
      const sold = (this.sold.get(id) ?? 0) - inFold(this.sold);
      const returned = (this.returned.get(id) ?? 0) - inFold(this.returned);
      return (returned + PRIOR_WEIGHT * this.prior) / (Math.max(sold, 0) + PRIOR_WEIGHT);
    });
    const earlier = (this.byCustomer.get(order.customerId) ?? []).filter(
      (o) => o.id !== order.id && this.isEarlier(o, order),
    );
    const complaints = earlier.filter((o) =>
      (this.requests.get(o.id) ?? []).some((r) => r.kind === "complaint"),
    ).length;
    const reviews = products.flatMap((id) => this.reviewsByProduct.get(id) ?? []).filter((r) => r.orderId !== order.id);
    const scored = reviews.filter((r) => r.sentiment !== undefined || r.rating !== undefined);
    const negatives = scored.filter((r) =>
      r.sentiment !== undefined ? r.sentiment < 0.5 : (r.rating ?? 3) <= 2,
    ).length;
    const sentiments = reviews.flatMap((r) => (r.sentiment === undefined ? [] : [r.sentiment]));
    const placed = order.placedAt ? Date.parse(order.placedAt) : undefined;
    // Time so far for orders still on their way; unknown (0) for settled orders without a delivery date.
    const inTransit = order.status === "processed" || order.status === "shipped";
    const end = order.deliveredAt ? Date.parse(order.deliveredAt) : inTransit ? Date.parse(now) : undefined;
    return {
      order_value: Math.log1p(orderTotalCents(order) / 100),
      item_count: order.items.length,
      max_product_return_rate: Math.max(0, ...rates),
      mean_product_return_rate: rates.length === 0 ? 0 : rates.reduce((s, r) => s + r, 0) / rates.length,
      customer_past_returns: earlier.filter((o) => this.hadTrouble(o)).length,
      customer_past_cancellations: earlier.filter((o) => o.status === "cancelled").length,
      customer_past_complaints: complaints,
      customer_past_orders: earlier.length,
      product_negative_review_share: scored.length === 0 ? 0 : negatives / scored.length,
      product_review_sentiment:
        sentiments.length === 0 ? 0 : sentiments.reduce((s, v) => s + v, 0) / sentiments.length - 0.5,
      delivery_delay_days: placed !== undefined && end !== undefined ? Math.max(0, (end - placed) / DAY) : 0,
      tracking_exceptions: order.fulfillments.reduce(
        (n, f) => n + f.events.filter((e) => e.status === "exception").length,
        0,
      ),
      sized_items: order.items.filter((i) => Object.keys(i.options).some((k) => /size|尺码/i.test(k))).length,
    };
  }
}
