import type { AfterSalesDeps, AfterSalesResult, OrderActionInput } from "./after-sales-deps.js";
import { decideAction } from "./decide-action.js";
import { findSameSwap, swapAuditDetails, swapRequestFields } from "./item-swap-records.js";
import { loadOwnOrder } from "./own-order.js";
import { auditOf, newRequest } from "./request-records.js";
import { requireAllowed } from "./require-allowed.js";
import { requirePlatformPriceNeutral } from "./require-platform-price-neutral.js";

export type ExchangeItemsInput = OrderActionInput & {
  itemIndexes: number[];
  newVariantIds: string[];
  paymentMethodId: string;
  qualityIssue?: boolean;
};

/**
 * Requests an exchange: the order becomes "exchange requested" (no new order); items and the price
 * difference are settled when an agent approves the received items (reviewAfterSalesRequest). On a platform
 * order the approval sends the exchange to the shop first (platform.write "exchange"), then mirrors it.
 */
export async function exchangeOrderItems(deps: AfterSalesDeps, input: ExchangeItemsInput): Promise<AfterSalesResult> {
  const policy = await deps.loadPolicy();
  return deps.store.transaction(async (tx) => {
    const { order, customer } = await loadOwnOrder(tx, input.orderId, input.customerId);
    const prior =
      order.status === "exchange_requested" || order.status === "exchanged"
        ? await findSameSwap(tx, order.id, "exchange", input)
        : undefined;
    if (prior) return { order, request: prior, rules: [], replayed: true };

    const action = {
      kind: "exchange" as const,
      itemIndexes: input.itemIndexes,
      newVariantIds: input.newVariantIds,
      paymentMethodId: input.paymentMethodId,
      qualityIssue: input.qualityIssue ?? false,
    };
    const decision = await decideAction(tx, { policy, order, customer, now: deps.clock.now() }, action);
    const { plan, rules } = requireAllowed(decision, `Exchanging items of order ${order.id}`);
    requirePlatformPriceNeutral(order, plan.differenceCents, "exchange");
    const saved = await tx.orders.update({ ...order, status: "exchange_requested", itemsChangedOnce: true });
    const request = newRequest(
      deps,
      { ...input, kind: "exchange" },
      {
        status: "requested",
        refundMethodId: plan.paymentMethodId,
        reason: input.qualityIssue ? "quality issue" : "",
        ...swapRequestFields(input, plan),
      },
    );
    await tx.afterSales.create(request);
    await tx.audit.append(
      auditOf(
        deps,
        input.actor,
        "order.exchange_request",
        { type: "order", id: order.id },
        swapAuditDetails(request.id, input, plan),
      ),
    );
    return { order: saved, request, rules, replayed: false };
  });
}
