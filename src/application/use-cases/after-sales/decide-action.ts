import type { Decision } from "../../../domain/policy/decision.js";
import {
  type CancelPlan,
  decideCancel,
  decideExchange,
  decideModifyAddress,
  decideModifyItems,
  decideModifyPayment,
  decideReturn,
  type ExchangePlan,
  type ModifyAddressPlan,
  type ModifyItemsPlan,
  type ModifyPaymentPlan,
  type ReturnPlan,
} from "../../../domain/policy/eligibility.js";
import type { ShopPolicy } from "../../../domain/policy/shop-policy.js";
import type { Customer } from "../../../domain/shop/customer.js";
import type { Order } from "../../../domain/shop/order.js";
import type { Product, Variant } from "../../../domain/shop/product.js";
import type { Repositories } from "../../ports/store.js";

/** An after-sales action on an order, as previewed by the bot and the console and executed by the use cases. */
export type AfterSalesAction =
  | { kind: "cancel"; reason: string }
  | { kind: "modify_address" }
  | { kind: "modify_payment"; paymentMethodId: string }
  | { kind: "modify_items"; itemIndexes: number[]; newVariantIds: string[]; paymentMethodId: string }
  | { kind: "return"; itemIndexes: number[]; refundMethodId: string; qualityIssue?: boolean }
  | {
      kind: "exchange";
      itemIndexes: number[];
      newVariantIds: string[];
      paymentMethodId: string;
      qualityIssue?: boolean;
    };

/** The decision for each action kind. */
export interface PlanByKind {
  cancel: CancelPlan;
  modify_address: ModifyAddressPlan;
  modify_payment: ModifyPaymentPlan;
  modify_items: ModifyItemsPlan;
  return: ReturnPlan;
  exchange: ExchangePlan;
}
export type ActionDecision = Decision<PlanByKind[keyof PlanByKind]>;

/** The variants asked for (undefined for unknown ids) and the products involved, for the policy's checks and reasons. */
export async function loadVariants(
  repos: Pick<Repositories, "products">,
  order: Order,
  newVariantIds: string[],
): Promise<{ variants: (Variant | undefined)[]; products: Product[] }> {
  const variants = await Promise.all(newVariantIds.map((id) => repos.products.getVariant(id)));
  const ids = new Set([...order.items.map((i) => i.productId), ...variants.flatMap((v) => (v ? [v.productId] : []))]);
  const products = (await Promise.all([...ids].map((id) => repos.products.get(id)))).filter(
    (p): p is Product => p !== undefined,
  );
  return { variants, products };
}

/** Runs the policy engine for one action against the current order and shopper. */
export async function decideAction<A extends AfterSalesAction>(
  repos: Pick<Repositories, "products">,
  ctx: { policy: ShopPolicy; order: Order; customer: Customer; now: Date },
  action: A,
): Promise<Decision<PlanByKind[A["kind"]]>>;
export async function decideAction(
  repos: Pick<Repositories, "products">,
  ctx: { policy: ShopPolicy; order: Order; customer: Customer; now: Date },
  action: AfterSalesAction,
): Promise<ActionDecision> {
  const { policy, order, customer, now } = ctx;
  switch (action.kind) {
    case "cancel":
      return decideCancel({ policy, order, customer, reason: action.reason, now });
    case "modify_address":
      return decideModifyAddress({ policy, order });
    case "modify_payment":
      return decideModifyPayment({ policy, order, customer, paymentMethodId: action.paymentMethodId });
    case "return":
      return decideReturn({
        policy,
        order,
        customer,
        now,
        itemIndexes: action.itemIndexes,
        refundMethodId: action.refundMethodId,
        qualityIssue: action.qualityIssue ?? false,
      });
    case "modify_items": {
      const { variants, products } = await loadVariants(repos, order, action.newVariantIds);
      return decideModifyItems({
        policy,
        order,
        customer,
        products,
        itemIndexes: action.itemIndexes,
        newVariants: variants,
        paymentMethodId: action.paymentMethodId,
      });
    }
    case "exchange": {
      const { variants, products } = await loadVariants(repos, order, action.newVariantIds);
      return decideExchange({
        policy,
        order,
        customer,
        products,
        now,
        itemIndexes: action.itemIndexes,
        newVariants: variants,
        paymentMethodId: action.paymentMethodId,
        qualityIssue: action.qualityIssue ?? false,
      });
    }
  }
}

/** Refund (positive) or amount due from the shopper (negative) of an allowed plan, as the dialog shows it. */
export function planAmountCents(decision: ActionDecision): number | undefined {
  if (!decision.allowed) return undefined;
  const plan = decision.plan;
  if ("totalRefundCents" in plan) return plan.totalRefundCents;
  if ("refundCents" in plan) return plan.refundCents;
  if ("differenceCents" in plan) return -plan.differenceCents;
  return undefined;
}
