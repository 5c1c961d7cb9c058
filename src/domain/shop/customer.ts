import { z } from "zod";
import { Locale } from "../locale.js";
import { Address } from "./address.js";
import { PaymentMethod } from "./payment-method.js";

/** A shopper of the shop. `id` is the shop's own user id (e.g. sara_doe_496). */
export const Customer = z.object({
  id: z.string().min(1),
  firstName: z.string().min(1),
  lastName: z.string().default(""),
  email: z.string().email(),
  phone: z.string().optional(),
  locale: Locale.default("en"),
  defaultAddress: Address,
  /** Extra saved addresses beyond the default. */
  addresses: z.array(Address).default([]),
  paymentMethods: z.array(PaymentMethod).default([]),
  createdAt: z.string().datetime().optional(),
});
export type Customer = z.infer<typeof Customer>;

// Display name in the customer's own convention (姓名 without a space); one rule for server and web.
export { customerDisplayName } from "../../contract/shop-entities.js";
