import { KefuError } from "../../../domain/errors/kefu-error.js";
import type { RefusalCode, RuleResult } from "../../../domain/policy/decision.js";
import { originalPaymentMethodId } from "../../../domain/policy/order-money.js";
import type { Order } from "../../../domain/shop/order.js";
import type { AfterSalesDeps } from "./after-sales-deps.js";
import type { ActionDecision, AfterSalesAction } from "./decide-action.js";
import { decideAction } from "./decide-action.js";
import { loadOwnOrder } from "./own-order.js";
import { platformPriceDifferenceReason } from "./require-platform-price-neutral.js";

/** What the bot (before asking for a yes) and the console see: the decision, nothing written. */
export async function previewAction(
  deps: AfterSalesDeps,
  input: { orderId: string; customerId: string; action: AfterSalesAction },
): Promise<ActionDecision> {
  const policy = await deps.loadPolicy();
  const { order, customer } = await loadOwnOrder(deps.store, input.orderId, input.customerId);
  const decision = await decideAction(deps.store, { policy, order, customer, now: deps.clock.now() }, input.action);
  return platformPriceNeutral(order, input.action, decision);
}

/**
 * A platform order's item change or exchange must cost the same (the platform would keep a balance
 * Kefu cannot settle there), so the bot says so before asking for a yes, not after.
 */
function platformPriceNeutral(order: Order, action: AfterSalesAction, decision: ActionDecision): ActionDecision {
  if (!decision.allowed || !order.external || (action.kind !== "modify_items" && action.kind !== "exchange")) {
    return decision;
  }
  const difference = "differenceCents" in decision.plan ? decision.plan.differenceCents : 0;
  const rule: RuleResult = {
    rule: `${action.kind}.platform_price_neutral`,
    passed: difference === 0,
    detail: `price difference ${difference} cents on a ${order.external.platform} order`,
    detailZh: `${order.external.platform} 订单的差价 ${difference} 分`,
  };
  if (difference === 0) return { ...decision, rules: [...decision.rules, rule] };
  const reason = platformPriceDifferenceReason(action.kind);
  return {
    allowed: false,
    rules: [...decision.rules, rule],
    code: "PLATFORM_PRICE_DIFFERENCE",
    reason: { en: `${reason.en}.`, zh: `${reason.zh}。` },
  };
}

/** Refusals about the order itself; others (no item chosen, a payment method) depend on the shopper's choices. */
const ORDER_LEVEL: ReadonlySet<RefusalCode> = new Set<RefusalCode>([
  "ORDER_STATUS_NOT_ALLOWED",
  "ALREADY_MODIFIED",
  "MULTIPLE_PAYMENTS",
  "DELIVERY_DATE_UNKNOWN",
  "RETURN_WINDOW_EXPIRED",
  "EXCHANGE_WINDOW_EXPIRED",
  "QUALITY_ISSUE_REQUIRED",
]);

/**
 * One action's standing for the console: `allowed` unless the order itself rules it out (then `code`
 * and `reason` say why); `awaitingChoice` names what the staff user still has to choose.
 */
export interface ActionEligibility {
  allowed: boolean;
  rules: RuleResult[];
  code?: RefusalCode;
  reason?: { en: string; zh: string };
  awaitingChoice?: RefusalCode;
}

/** Every order action's decision with representative choices, for the console's eligibility panel. */
export async function previewAllActions(
  deps: AfterSalesDeps,
  input: { orderId: string },
): Promise<Record<AfterSalesAction["kind"], ActionEligibility>> {
  const policy = await deps.loadPolicy();
  const found = await deps.store.orders.get(input.orderId);
  if (!found) throw new KefuError("ORDER_NOT_FOUND", `Order ${input.orderId} does not exist`);
  const { order, customer } = await loadOwnOrder(deps.store, found.id, found.customerId);
  const original = originalPaymentMethodId(order) ?? "";
  const other = customer.paymentMethods.find((m) => m.id !== original)?.id ?? original;
  const ctx = { policy, order, customer, now: deps.clock.now() };
  const judge = (d: ActionDecision): ActionEligibility => {
    if (d.allowed) return { allowed: true, rules: d.rules };
    if (ORDER_LEVEL.has(d.code)) return { allowed: false, rules: d.rules, code: d.code, reason: d.reason };
    return { allowed: true, rules: d.rules.filter((r) => r.passed), awaitingChoice: d.code };
  };
  const allItems = order.items.map((_, i) => i);
  return {
    cancel: judge(
      await decideAction(deps.store, ctx, { kind: "cancel", reason: policy.cancelReasons?.[0] ?? "no longer needed" }),
    ),
    modify_address: judge(await decideAction(deps.store, ctx, { kind: "modify_address" })),
    modify_payment: judge(await decideAction(deps.store, ctx, { kind: "modify_payment", paymentMethodId: other })),
    modify_items: judge(
      await decideAction(deps.store, ctx, {
        kind: "modify_items",
        itemIndexes: [],
        newVariantIds: [],
        paymentMethodId: original,
      }),
    ),
    return: judge(
      await decideAction(deps.store, ctx, { kind: "return", itemIndexes: allItems, refundMethodId: original }),
    ),
    exchange: judge(
      await decideAction(deps.store, ctx, {
        kind: "exchange",
        itemIndexes: [],
        newVariantIds: [],
        paymentMethodId: original,
      }),
    ),
  };
}
