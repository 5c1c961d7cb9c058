import type { Actor } from "../../../domain/audit/audit-event.js";
import type { RuleResult } from "../../../domain/policy/decision.js";
import { DEFAULT_POLICY, ShopPolicy } from "../../../domain/policy/shop-policy.js";
import type { AfterSalesRequest } from "../../../domain/shop/after-sales-request.js";
import type { Order } from "../../../domain/shop/order.js";
import type { Clock } from "../../ports/clock.js";
import type { IdGenerator } from "../../ports/id-generator.js";
import type { Store } from "../../ports/store.js";

/** What the after-sales use cases need. */
export interface AfterSalesDeps {
  store: Store;
  clock: Clock;
  ids: IdGenerator;
  loadPolicy: () => Promise<ShopPolicy>;
}

/** The policy stored under settings key "policy"; DEFAULT_POLICY when none is stored or it is invalid. */
export async function loadShopPolicy(store: Pick<Store, "settings">): Promise<ShopPolicy> {
  const parsed = ShopPolicy.safeParse(await store.settings.get("policy"));
  return parsed.success ? parsed.data : DEFAULT_POLICY;
}

/** Fields every order action takes. */
export interface OrderActionInput {
  orderId: string;
  /** The shopper the order must belong to. */
  customerId: string;
  actor: Actor;
  conversationId?: string;
}

/** What an executed order action produced. */
export interface AfterSalesResult {
  order: Order;
  request: AfterSalesRequest;
  /** The policy rules that allowed it (empty when replayed). */
  rules: RuleResult[];
  /** True when this repeated an action already done, so nothing was written again. */
  replayed: boolean;
}
