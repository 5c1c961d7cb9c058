import type { AfterSalesDeps, AfterSalesResult, OrderActionInput } from "./after-sales-deps.js";
import { decideAction } from "./decide-action.js";
import { withGiftCardDelta, withTransaction } from "./money-moves.js";
import { loadOwnOrder } from "./own-order.js";
import { auditOf, findPriorRequest, newRequest } from "./request-records.js";
import { requireAllowed } from "./require-allowed.js";
import { requireLocalOrder } from "./require-local-order.js";

/** Pays the order with another method: charge the new one, refund the original (gift cards at once). */
export async function modifyOrderPayment(
  deps: AfterSalesDeps,
  input: OrderActionInput & { paymentMethodId: string },
): Promise<AfterSalesResult> {
  const policy = await deps.loadPolicy();
  return deps.store.transaction(async (tx) => {
    const { order, customer } = await loadOwnOrder(tx, input.orderId, input.customerId);
    requireLocalOrder(order, { en: "A payment change", zh: "支付方式修改" });
    // A retry after success finds the last payment already on the new method.
    const last = order.payments.filter((p) => p.type === "payment").at(-1);
    const prior =
      last?.paymentMethodId === input.paymentMethodId
        ? await findPriorRequest(
            tx,
            order.id,
            "modify_payment",
            (r) => r.details.toPaymentMethodId === input.paymentMethodId,
          )
        : undefined;
    if (prior) return { order, request: prior, rules: [], replayed: true };

    const decision = await decideAction(
      tx,
      { policy, order, customer, now: deps.clock.now() },
      { kind: "modify_payment", paymentMethodId: input.paymentMethodId },
    );
    const { plan, rules } = requireAllowed(decision, `Changing the payment method of order ${order.id}`);
    const at = deps.clock.nowIso();
    const charged = withTransaction(order, "payment", plan.amountCents, plan.toPaymentMethodId, at);
    const next = withTransaction(charged, "refund", plan.amountCents, plan.fromPaymentMethodId, at);
    const debited = withGiftCardDelta(customer, plan.toPaymentMethodId, -plan.amountCents);
    const wallet = withGiftCardDelta(debited, plan.fromPaymentMethodId, plan.amountCents);
    const saved = await tx.orders.update(next);
    if (wallet !== customer) await tx.customers.upsert(wallet);
    const request = newRequest(
      deps,
      { ...input, kind: "modify_payment" },
      {
        status: "completed",
        refundMethodId: plan.fromPaymentMethodId,
        amountCents: 0,
        details: { ...plan },
      },
    );
    await tx.afterSales.create(request);
    await tx.audit.append(
      auditOf(
        deps,
        input.actor,
        "order.modify_payment",
        { type: "order", id: order.id },
        {
          requestId: request.id,
          from: plan.fromPaymentMethodId,
          to: plan.toPaymentMethodId,
          amountCents: plan.amountCents,
        },
      ),
    );
    return { order: saved, request, rules, replayed: false };
  });
}
