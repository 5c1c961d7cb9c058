/** Public tracking pages of common carriers, by a lower-cased word of the carrier's name. */
const CARRIER_PAGES: { match: RegExp; url: (id: string) => string }[] = [
  { match: /\bups\b/i, url: (id) => `https://www.ups.com/track?tracknum=${id}` },
  { match: /fedex/i, url: (id) => `https://www.fedex.com/fedextrack/?trknbr=${id}` },
  { match: /\busps\b/i, url: (id) => `https://tools.usps.com/go/TrackConfirmAction?tLabels=${id}` },
  { match: /\bdhl\b/i, url: (id) => `https://www.dhl.com/global-en/home/tracking.html?tracking-id=${id}` },
  { match: /顺丰|\bsf\b|sf express/i, url: (id) => `https://www.sf-express.com/chn/sc/waybill/waybill-detail/${id}` },
];

/** An order's shipments as the tracking link needs them. */
export interface Shipment {
  trackingIds: string[];
  carrier?: string;
}

/**
 * The tracking page of an order's latest shipment, or undefined when it has not shipped or its
 * carrier is not one we know a page for (the agent then fills `{tracking_link}` by hand).
 */
export function trackingLink(fulfillments: Shipment[]): string | undefined {
  for (const f of [...fulfillments].reverse()) {
    const id = f.trackingIds[f.trackingIds.length - 1];
    const page = f.carrier ? CARRIER_PAGES.find((c) => c.match.test(f.carrier ?? "")) : undefined;
    if (id && page) return page.url(encodeURIComponent(id));
  }
  return undefined;
}
