import type { Order } from "../../../domain/shop/order.js";
import { queuePlatformWrite } from "../platform/queue-platform-write.js";
import type { AfterSalesDeps, AfterSalesResult, OrderActionInput } from "./after-sales-deps.js";
import { decideAction } from "./decide-action.js";
import { withGiftCardDelta, withTransaction } from "./money-moves.js";
import { loadOwnOrder } from "./own-order.js";
import { auditOf, findPriorRequest, newRequest } from "./request-records.js";
import { requireAllowed } from "./require-allowed.js";

/** Cancels an order: status cancelled, everything paid refunded to its method (gift cards credited at once). */
export async function cancelOrder(
  deps: AfterSalesDeps,
  input: OrderActionInput & { reason: string },
): Promise<AfterSalesResult> {
  const policy = await deps.loadPolicy();
  return deps.store.transaction(async (tx) => {
    const { order, customer } = await loadOwnOrder(tx, input.orderId, input.customerId);
    // A retried cancel finds the order already cancelled: answer with the first result, refund nothing twice.
    const prior =
      order.status === "cancelled" || order.external
        ? await findPriorRequest(tx, order.id, "cancel", (r) => order.status === "cancelled" || r.status === "approved")
        : undefined;
    if (prior) return { order, request: prior, rules: [], replayed: true };

    const decision = await decideAction(
      tx,
      { policy, order, customer, now: deps.clock.now() },
      { kind: "cancel", reason: input.reason },
    );
    const { plan, rules } = requireAllowed(decision, `Cancelling order ${order.id}`);
    if (order.external) {
      // Platform first: the shop cancels, then the job mirrors it here (platform-write-outcome.ts).
      const sent = await queuePlatformWrite(
        tx,
        deps,
        newRequest(
          deps,
          { ...input, kind: "cancel" },
          {
            status: "approved",
            reason: plan.reason,
            amountCents: plan.totalRefundCents,
            details: { refunds: plan.refunds },
          },
        ),
        "cancel",
      );
      await tx.afterSales.create(sent);
      await tx.audit.append(
        auditOf(deps, input.actor, "order.cancel_sent", { type: "order", id: order.id }, { requestId: sent.id }),
      );
      return { order, request: sent, rules, replayed: false };
    }
    const at = deps.clock.nowIso();
    let next: Order = { ...order, status: "cancelled", cancelReason: plan.reason };
    let wallet = customer;
    for (const refund of plan.refunds) {
      next = withTransaction(next, "refund", refund.amountCents, refund.paymentMethodId, at);
      if (refund.immediate) wallet = withGiftCardDelta(wallet, refund.paymentMethodId, refund.amountCents);
    }
    const saved = await tx.orders.update(next);
    if (wallet !== customer) await tx.customers.upsert(wallet);
    const request = newRequest(
      deps,
      { ...input, kind: "cancel" },
      {
        status: "completed",
        reason: plan.reason,
        amountCents: plan.totalRefundCents,
        details: { refunds: plan.refunds },
      },
    );
    await tx.afterSales.create(request);
    await tx.audit.append(
      auditOf(
        deps,
        input.actor,
        "order.cancel",
        { type: "order", id: order.id },
        {
          requestId: request.id,
          reason: plan.reason,
          refundCents: plan.totalRefundCents,
        },
      ),
    );
    return { order: saved, request, rules, replayed: false };
  });
}
