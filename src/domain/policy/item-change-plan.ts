import type { Customer } from "../shop/customer.js";
import type { Order } from "../shop/order.js";
import type { Product, Variant } from "../shop/product.js";
import type { Refusal, RuleLog } from "./decision.js";
import { checkGiftCardCovers, checkOwnMethod, type PolicyAction } from "./order-checks.js";
import type { ShopPolicy } from "./shop-policy.js";
import { checkVariantChanges, type ItemChange } from "./variant-changes.js";

/** Plan of an item modification or exchange. */
export interface ItemChangePlan {
  changes: ItemChange[];
  /** New prices minus paid prices: positive means the shopper pays, negative means a refund. */
  differenceCents: number;
  /** Pays or receives the difference. */
  paymentMethodId: string;
}

export interface ItemChangeInput {
  policy: ShopPolicy;
  order: Order;
  customer: Customer;
  itemIndexes: number[];
  /** New variant per selected item, in the order of `itemIndexes`; undefined for unknown ids. */
  newVariants: ReadonlyArray<Variant | undefined>;
  /** Products of the order, for readable reasons. */
  products?: readonly Product[];
  paymentMethodId: string;
}

/** The variant rules plus the payment method for the difference (shared by modify items and exchange). */
export function planItemChange(log: RuleLog, action: PolicyAction, input: ItemChangeInput): ItemChangePlan | Refusal {
  const { policy, order, customer, itemIndexes, newVariants, paymentMethodId } = input;
  const checked = checkVariantChanges(log, policy, action, order, itemIndexes, newVariants, input.products ?? []);
  if ("refusal" in checked) return checked.refusal;
  const own = checkOwnMethod(log, `${action}.payment_method_saved`, customer, paymentMethodId);
  if ("refusal" in own) return own.refusal;
  const differenceCents = checked.changes.reduce((sum, c) => sum + c.differenceCents, 0);
  const short = checkGiftCardCovers(
    log,
    policy,
    `${action}.gift_card_covers_difference`,
    own.method,
    differenceCents,
    order.currency,
  );
  if (short) return short;
  return { changes: checked.changes, differenceCents, paymentMethodId };
}

export function isRefusal(value: ItemChangePlan | Refusal): value is Refusal {
  return "allowed" in value;
}
