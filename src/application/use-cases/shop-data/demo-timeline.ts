import type { Fulfillment, Order, TrackingEvent } from "../../../domain/shop/order.js";
import type { DemoOrderKey } from "./demo-shoppers.js";

const DAY_MS = 86_400_000;

/** Days before `now` of each milestone; undefined = never reached. */
interface Timeline {
  status: Order["status"];
  placed: number;
  shipped?: number;
  delivered?: number;
  /** Transit events stop here when not delivered. */
  lastScan?: TrackingEvent["status"];
  itemsChangedOnce?: boolean;
  refunded?: boolean;
}

/** Where each demo order stands, relative to the seeding clock. */
export const DEMO_TIMELINES: Record<DemoOrderKey, Timeline> = {
  pending: { status: "pending", placed: 1 },
  pending_items_modified: { status: "pending_items_modified", placed: 2, itemsChangedOnce: true },
  processed: { status: "processed", placed: 2, shipped: 1, lastScan: "label_created" },
  shipped: { status: "shipped", placed: 4, shipped: 3, lastScan: "in_transit" },
  delivered: { status: "delivered", placed: 6, shipped: 5, delivered: 3 },
  deliveredLongAgo: { status: "delivered", placed: 24, shipped: 23, delivered: 20 },
  cancelled: { status: "cancelled", placed: 5, refunded: true },
  return_requested: { status: "return_requested", placed: 8, shipped: 7, delivered: 4 },
  exchange_requested: { status: "exchange_requested", placed: 9, shipped: 8, delivered: 5, itemsChangedOnce: true },
  returned: { status: "returned", placed: 30, shipped: 29, delivered: 26, refunded: true },
  exchanged: { status: "exchanged", placed: 28, shipped: 27, delivered: 24, itemsChangedOnce: true },
};

/** ISO time `days` (plus `hours`) before now. */
export function daysAgo(now: Date, days: number, hours = 0): string {
  return new Date(now.getTime() - days * DAY_MS - hours * 3_600_000).toISOString();
}

interface Carrier {
  name: string;
  trackingId: string;
  origin: string;
  hub: string;
  destination: string;
  zh: boolean;
}

const SCANS: readonly TrackingEvent["status"][] = [
  "label_created",
  "picked_up",
  "in_transit",
  "out_for_delivery",
  "delivered",
];

const TEXT: Record<TrackingEvent["status"], [string, string]> = {
  label_created: ["Shipping label created", "已下单，等待揽收"],
  picked_up: ["Picked up by carrier", "快递员已揽收"],
  in_transit: ["In transit", "运输中"],
  out_for_delivery: ["Out for delivery", "派送中"],
  delivered: ["Delivered", "已签收"],
  exception: ["Delivery exception", "派送异常"],
};

/** A carrier scan history consistent with the timeline: one scan per step up to the last reached. */
export function trackingEvents(now: Date, t: Timeline, carrier: Carrier): TrackingEvent[] {
  if (t.shipped === undefined) return [];
  const last = t.delivered !== undefined ? "delivered" : (t.lastScan ?? "label_created");
  const steps = SCANS.slice(0, SCANS.indexOf(last) + 1);
  const end = t.delivered ?? Math.max(0, t.shipped - 1);
  return steps.map((status, i) => {
    // Spread the scans evenly from shipping to the last step, hours apart on the same day.
    const day = t.shipped === undefined ? 0 : t.shipped - ((t.shipped - end) * i) / Math.max(1, steps.length - 1);
    const location = i === 0 ? carrier.origin : status === "in_transit" ? carrier.hub : carrier.destination;
    const [en, zh] = TEXT[status];
    return { at: daysAgo(now, day, steps.length - i), status, location, description: carrier.zh ? zh : en };
  });
}

export function fulfillment(now: Date, t: Timeline, carrier: Carrier, variantIds: string[]): Fulfillment[] {
  if (t.shipped === undefined) return [];
  return [
    {
      trackingIds: [carrier.trackingId],
      variantIds,
      carrier: carrier.name,
      events: trackingEvents(now, t, carrier),
    },
  ];
}

export type { Carrier, Timeline };
