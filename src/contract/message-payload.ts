import { z } from "zod/mini";

// Rich content a bot message carries in `payload` (server-built; the client narrows it on display).

/** An order card in payload.orderCards. */
export const OrderCard = z.object({
  orderId: z.string(),
  status: z.string(),
  statusLabel: z.optional(z.string()),
  placedAt: z.optional(z.string()),
  total: z.optional(z.string()),
  items: z.array(
    z.object({
      name: z.string(),
      options: z.optional(z.record(z.string(), z.string())),
      price: z.optional(z.string()),
    }),
  ),
  shipments: z.array(
    z.object({
      carrier: z.optional(z.string()),
      trackingIds: z.array(z.string()),
      timeline: z.array(
        z.object({
          at: z.string(),
          status: z.string(),
          label: z.optional(z.string()),
          location: z.optional(z.string()),
          description: z.optional(z.string()),
        }),
      ),
    }),
  ),
});
export type OrderCard = z.infer<typeof OrderCard>;

/** A KB citation in payload.citations. */
export const Citation = z.object({ articleId: z.string(), title: z.string() });
export type Citation = z.infer<typeof Citation>;
