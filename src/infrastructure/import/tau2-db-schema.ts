import { z } from "zod";

/** τ²-bench retail `db.json` records, as the upstream files spell them. */
export const Tau2Address = z.object({
  address1: z.string(),
  address2: z.string().default(""),
  city: z.string(),
  state: z.string().default(""),
  zip: z.string().default(""),
  country: z.string(),
});

export const Tau2PaymentMethod = z.discriminatedUnion("source", [
  z.object({ source: z.literal("credit_card"), id: z.string(), brand: z.string(), last_four: z.string() }),
  z.object({ source: z.literal("paypal"), id: z.string() }),
  z.object({ source: z.literal("gift_card"), id: z.string(), balance: z.number().nonnegative() }),
]);

export const Tau2User = z.object({
  user_id: z.string().optional(),
  name: z.object({ first_name: z.string(), last_name: z.string() }),
  address: Tau2Address,
  email: z.string(),
  payment_methods: z.record(z.string(), Tau2PaymentMethod),
  orders: z.array(z.string()).default([]),
});
export type Tau2User = z.infer<typeof Tau2User>;

export const Tau2Product = z.object({
  name: z.string(),
  product_id: z.string(),
  variants: z.record(
    z.string(),
    z.object({
      item_id: z.string(),
      options: z.record(z.string(), z.string()),
      available: z.boolean(),
      price: z.number().nonnegative(),
    }),
  ),
});
export type Tau2Product = z.infer<typeof Tau2Product>;

export const Tau2Order = z.object({
  order_id: z.string(),
  user_id: z.string(),
  address: Tau2Address,
  items: z.array(
    z.object({
      name: z.string(),
      product_id: z.string(),
      item_id: z.string(),
      price: z.number().nonnegative(),
      options: z.record(z.string(), z.string()),
    }),
  ),
  status: z.string(),
  fulfillments: z.array(z.object({ tracking_id: z.array(z.string()), item_ids: z.array(z.string()) })).default([]),
  payment_history: z
    .array(
      z.object({
        transaction_type: z.enum(["payment", "refund"]),
        amount: z.number().nonnegative(),
        payment_method_id: z.string(),
      }),
    )
    .default([]),
  cancel_reason: z.string().optional(),
});
export type Tau2Order = z.infer<typeof Tau2Order>;

/** The three top-level maps, keyed by id; records are checked one by one afterwards. */
export const Tau2DbEnvelope = z.object({
  products: z.record(z.string(), z.unknown()),
  users: z.record(z.string(), z.unknown()),
  orders: z.record(z.string(), z.unknown()),
});
