import type { Order } from "../shop/order.js";
import { type Decision, RuleLog } from "./decision.js";
import { checkStatus } from "./order-checks.js";
import type { ShopPolicy } from "./shop-policy.js";

/** Nothing to compute: the new address replaces the order's. */
export type ModifyAddressPlan = Record<string, never>;

/** Modify the shipping address: only the order status matters. */
export function decideModifyAddress({
  policy,
  order,
}: {
  policy: ShopPolicy;
  order: Order;
}): Decision<ModifyAddressPlan> {
  const log = new RuleLog();
  return checkStatus(log, policy, "modifyAddress", order) ?? log.allow({});
}
