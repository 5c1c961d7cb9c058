import { z } from "zod";

/** Wallet kinds a shopper can pay with or be refunded to. */
export const PaymentKind = z.enum(["credit_card", "paypal", "alipay", "wechat_pay", "gift_card"]);
export type PaymentKind = z.infer<typeof PaymentKind>;

/** A saved payment method; gift cards carry a balance in cents. */
export const PaymentMethod = z.object({
  id: z.string().min(1),
  kind: PaymentKind,
  /** Card brand such as visa, for display only. */
  brand: z.string().optional(),
  /** Last four card digits, the only card digits Kefu ever stores. */
  last4: z
    .string()
    .regex(/^\d{4}$/)
    .optional(),
  /** Remaining gift-card balance in cents; only for gift cards. */
  balanceCents: z.number().int().nonnegative().optional(),
});
export type PaymentMethod = z.infer<typeof PaymentMethod>;
