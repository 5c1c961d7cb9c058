import { z } from "zod";

/** A product review imported from the shop or a marketplace. */
export const Review = z.object({
  id: z.string().min(1),
  productId: z.string().optional(),
  orderId: z.string().optional(),
  customerId: z.string().optional(),
  category: z.string().default(""),
  rating: z.number().int().min(1).max(5).optional(),
  text: z.string().min(1),
  createdAt: z.string().datetime(),
  /** Filled by analysis: overall polarity score in [0,1] (1 = positive). */
  sentiment: z.number().min(0).max(1).optional(),
  /** Filled by analysis: aspect -> polarity (-1 negative, 0 mixed, 1 positive). */
  aspects: z.record(z.string(), z.number()).optional(),
});
export type Review = z.infer<typeof Review>;
