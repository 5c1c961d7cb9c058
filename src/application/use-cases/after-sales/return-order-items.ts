import type { AfterSalesDeps, AfterSalesResult, OrderActionInput } from "./after-sales-deps.js";
import { decideAction } from "./decide-action.js";
import { loadOwnOrder } from "./own-order.js";
import { auditOf, findPriorRequest, newRequest, sameList } from "./request-records.js";
import { requireAllowed } from "./require-allowed.js";

export type ReturnItemsInput = OrderActionInput & {
  itemIndexes: number[];
  refundMethodId: string;
  qualityIssue?: boolean;
};

/**
 * Requests a return: the order becomes "return requested" and the shopper gets return instructions;
 * the refund is paid when an agent approves the received items (reviewAfterSalesRequest).
 */
export async function returnOrderItems(deps: AfterSalesDeps, input: ReturnItemsInput): Promise<AfterSalesResult> {
  const policy = await deps.loadPolicy();
  return deps.store.transaction(async (tx) => {
    const { order, customer } = await loadOwnOrder(tx, input.orderId, input.customerId);
    const prior =
      order.status === "return_requested" || order.status === "returned"
        ? await findPriorRequest(
            tx,
            order.id,
            "return",
            (r) => sameList(r.itemIndexes, input.itemIndexes) && r.refundMethodId === input.refundMethodId,
          )
        : undefined;
    if (prior) return { order, request: prior, rules: [], replayed: true };

    const action = {
      kind: "return" as const,
      itemIndexes: input.itemIndexes,
      refundMethodId: input.refundMethodId,
      qualityIssue: input.qualityIssue ?? false,
    };
    const decision = await decideAction(tx, { policy, order, customer, now: deps.clock.now() }, action);
    const { plan, rules } = requireAllowed(decision, `Returning items of order ${order.id}`);
    const saved = await tx.orders.update({ ...order, status: "return_requested" });
    const request = newRequest(
      deps,
      { ...input, kind: "return" },
      {
        status: "requested",
        itemIndexes: plan.itemIndexes,
        refundMethodId: plan.refundMethodId,
        amountCents: plan.refundCents,
        reason: input.qualityIssue ? "quality issue" : "",
        details: { refundImmediate: plan.refundImmediate },
      },
    );
    await tx.afterSales.create(request);
    await tx.audit.append(
      auditOf(
        deps,
        input.actor,
        "order.return_request",
        { type: "order", id: order.id },
        {
          requestId: request.id,
          itemIndexes: plan.itemIndexes,
          refundCents: plan.refundCents,
          refundMethodId: plan.refundMethodId,
        },
      ),
    );
    return { order: saved, request, rules, replayed: false };
  });
}
