import type { Locale } from "../../../domain/locale.js";
import type { DialogExpectation } from "../eval-dialog.js";

/** What a simulated shopper wants; the last two the τ² policy must refuse. */
export const SHOPPER_GOAL_KINDS = [
  "cancel",
  "modify_address",
  "modify_payment",
  "modify_items",
  "return",
  "exchange",
  "status",
  "refuse_cancel_delivered",
  "refuse_exchange_unavailable",
] as const;
export type ShopperGoalKind = (typeof SHOPPER_GOAL_KINDS)[number];

/** An order line the shopper means, and the ways they may refer to it. */
export interface ItemRef {
  index: number;
  name: string;
  /** An option value no other line of the order has ("blue"); undefined when none is unique. */
  uniqueOption?: string;
  /** Option values of the current variant, in catalogue order. */
  options: string[];
}

/** A saved payment method and how a shopper names it. */
export interface PaymentRef {
  id: string;
  kind: string;
  /** "card ending 1234" etc. is derived from these. */
  last4?: string;
  brand?: string;
}

/** A shopper's language for the whole chat: English, Chinese, or Chinese requests with English details. */
export type ShopperLanguage = Locale | "mixed";

/** One generated goal with the facts the shopper knows and the end state the shop must reach. */
export interface ShopperTask {
  id: string;
  kind: ShopperGoalKind;
  language: ShopperLanguage;
  customer: { id: string; firstName: string; lastName: string; email: string; zip: string };
  orderId: string;
  item?: ItemRef;
  /** Option values of the variant the shopper wants instead (modify_items, exchange, refused exchange). */
  newOptions?: string[];
  /** The fewest of `newOptions` that still name one variant of the product. */
  newOptionsShort?: string[];
  payment?: PaymentRef;
  /** A saved method the shopper first names at the confirmation, then takes back (change of mind). */
  wrongPayment?: PaymentRef;
  reason?: "no longer needed" | "ordered by mistake";
  address?: { line1: string; city: string; state: string; zip: string };
  trackingId?: string;
  expect: DialogExpectation;
}
