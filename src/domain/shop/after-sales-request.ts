import { z } from "zod";

export const AfterSalesKind = z.enum([
  "cancel",
  "return",
  "exchange",
  "modify_items",
  "modify_address",
  "modify_payment",
  "invoice",
  "warranty",
  "complaint",
]);
export type AfterSalesKind = z.infer<typeof AfterSalesKind>;

/** A recorded after-sales action, created by the bot or an agent after the shopper said yes. */
export const AfterSalesRequest = z.object({
  id: z.string().min(1),
  orderId: z.string().min(1),
  customerId: z.string().min(1),
  kind: AfterSalesKind,
  status: z.enum(["requested", "approved", "rejected", "completed"]),
  /** Indices into the order's items that the request concerns. */
  itemIndexes: z.array(z.number().int().nonnegative()).default([]),
  /** For exchanges/modifications: new variant id per item index (same order as itemIndexes). */
  newVariantIds: z.array(z.string()).default([]),
  reason: z.string().default(""),
  refundMethodId: z.string().optional(),
  /** Positive: shopper is refunded; negative: shopper pays the difference. */
  amountCents: z.number().int().default(0),
  conversationId: z.string().optional(),
  createdBy: z.string().min(1),
  createdAt: z.string().datetime(),
  details: z.record(z.string(), z.unknown()).default({}),
});
export type AfterSalesRequest = z.infer<typeof AfterSalesRequest>;
