import { z } from "zod";

/** Kefu's after-sales intents; `out_of_scope` is what the classifier says when nothing fits. */
export const Intent = z.enum([
  "order_status",
  "logistics",
  "return",
  "exchange",
  "refund_status",
  "cancel_order",
  "change_address",
  "change_items",
  "change_payment",
  "invoice",
  "warranty",
  "complaint",
  "human_agent",
  "greeting",
  "thanks",
  "goodbye",
  "confirm",
  "deny",
  "faq",
  "out_of_scope",
]);
export type Intent = z.infer<typeof Intent>;
