import { z } from "zod";

/** One purchasable variant ("item") of a product, e.g. a blue M cotton T-shirt. */
export const Variant = z.object({
  id: z.string().min(1),
  productId: z.string().min(1),
  options: z.record(z.string(), z.string()),
  available: z.boolean(),
  priceCents: z.number().int().nonnegative(),
  sku: z.string().optional(),
});
export type Variant = z.infer<typeof Variant>;

/** A product type with its variants. Product ids and variant ids are separate namespaces. */
export const Product = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  /** Chinese name, shown to zh shoppers and matched by the NLU. */
  nameZh: z.string().optional(),
  category: z.string().default(""),
  description: z.string().default(""),
  /** Free attributes for content-based recommendations (brand, material...). */
  attributes: z.record(z.string(), z.string()).default({}),
  variants: z.array(Variant),
});
export type Product = z.infer<typeof Product>;
