import { z } from "zod";

export const EntityType = z.enum([
  "order_id",
  "tracking_id",
  "phone",
  "email",
  "amount",
  "date",
  "zip",
  "person_name",
  "product",
  "variant_option",
]);
export type EntityType = z.infer<typeof EntityType>;

/** A span found in a message; `value` is normalised (e.g. order ids get their leading '#'). */
export const Entity = z.object({
  type: EntityType,
  value: z.string(),
  /** Original text of the span. */
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Match quality in [0,1]; 1 for pattern matches, lower for fuzzy catalogue matches. */
  score: z.number().min(0).max(1).default(1),
  /** For product/variant_option matches: the product id, and the option key for option values. */
  productId: z.string().optional(),
  optionKey: z.string().optional(),
});
export type Entity = z.infer<typeof Entity>;
