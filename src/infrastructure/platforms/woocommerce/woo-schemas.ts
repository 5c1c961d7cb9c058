import { z } from "zod";

/** The parts of WooCommerce REST v3 resources Kefu reads (unknown fields are ignored). */
const WooAddress = z
  .object({
    first_name: z.string().default(""),
    last_name: z.string().default(""),
    address_1: z.string().default(""),
    address_2: z.string().default(""),
    city: z.string().default(""),
    state: z.string().default(""),
    postcode: z.string().default(""),
    country: z.string().default(""),
    email: z.string().optional(),
    phone: z.string().optional(),
  })
  .partial()
  .default({});
export type WooAddress = z.infer<typeof WooAddress>;

export const WooCustomer = z.object({
  id: z.number().int(),
  email: z.string(),
  first_name: z.string().default(""),
  last_name: z.string().default(""),
  username: z.string().default(""),
  billing: WooAddress,
  shipping: WooAddress,
  date_created_gmt: z.string().optional(),
});
export type WooCustomer = z.infer<typeof WooCustomer>;

export const WooAttribute = z.object({ name: z.string(), option: z.string() });

export const WooVariation = z.object({
  id: z.number().int(),
  price: z.string().default("0"),
  sku: z.string().default(""),
  stock_status: z.string().default("instock"),
  attributes: z.array(WooAttribute).default([]),
});

export const WooProduct = z.object({
  id: z.number().int(),
  name: z.string().min(1),
  type: z.string().default("simple"),
  price: z.string().default("0"),
  sku: z.string().default(""),
  stock_status: z.string().default("instock"),
  description: z.string().default(""),
  categories: z.array(z.object({ name: z.string() })).default([]),
  variations: z.array(z.number().int()).default([]),
});
export type WooProduct = z.infer<typeof WooProduct>;

export const WooLineItem = z.object({
  id: z.number().int(),
  name: z.string(),
  product_id: z.number().int(),
  variation_id: z.number().int().default(0),
  quantity: z.number().int().positive(),
  total: z.string(),
  meta_data: z.array(z.object({ key: z.string(), value: z.unknown() })).default([]),
});

export const WooOrder = z.object({
  id: z.number().int(),
  number: z.string(),
  /** A replacement order Kefu made for an exchange names the original here. */
  parent_id: z.number().int().default(0),
  status: z.string(),
  currency: z.string().length(3),
  customer_id: z.number().int().default(0),
  total: z.string(),
  payment_method: z.string().default(""),
  date_created_gmt: z.string().optional(),
  date_modified_gmt: z.string().optional(),
  date_completed_gmt: z.string().nullable().optional(),
  billing: WooAddress,
  shipping: WooAddress,
  line_items: z.array(WooLineItem).min(1),
  refunds: z.array(z.object({ id: z.number().int(), total: z.string() })).default([]),
  meta_data: z.array(z.object({ key: z.string(), value: z.unknown() })).default([]),
});
export type WooOrder = z.infer<typeof WooOrder>;

export const WooRefund = z.object({ id: z.number().int(), reason: z.string().default(""), amount: z.string() });

export const WooError = z.object({ code: z.string().default("error"), message: z.string().default("") });
