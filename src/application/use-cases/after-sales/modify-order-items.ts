import type { AfterSalesDeps, AfterSalesResult, OrderActionInput } from "./after-sales-deps.js";
import { applyItemChanges } from "./apply-item-changes.js";
import { decideAction } from "./decide-action.js";
import { findSameSwap, swapAuditDetails, swapRequestFields } from "./item-swap-records.js";
import { settleDifference } from "./money-moves.js";
import { loadOwnOrder } from "./own-order.js";
import { auditOf, newRequest } from "./request-records.js";
import { requireAllowed } from "./require-allowed.js";
import { requireLocalOrder } from "./require-local-order.js";

export type ModifyItemsInput = OrderActionInput & {
  itemIndexes: number[];
  newVariantIds: string[];
  paymentMethodId: string;
};

/** Swaps items of a pending order to other options of the same products and settles the price difference. */
export async function modifyOrderItems(deps: AfterSalesDeps, input: ModifyItemsInput): Promise<AfterSalesResult> {
  const policy = await deps.loadPolicy();
  return deps.store.transaction(async (tx) => {
    const { order, customer } = await loadOwnOrder(tx, input.orderId, input.customerId);
    requireLocalOrder(order, { en: "An item change", zh: "商品修改" });
    const prior = order.itemsChangedOnce ? await findSameSwap(tx, order.id, "modify_items", input) : undefined;
    if (prior) return { order, request: prior, rules: [], replayed: true };

    const action = {
      kind: "modify_items" as const,
      itemIndexes: input.itemIndexes,
      newVariantIds: input.newVariantIds,
      paymentMethodId: input.paymentMethodId,
    };
    const decision = await decideAction(tx, { policy, order, customer, now: deps.clock.now() }, action);
    const { plan, rules } = requireAllowed(decision, `Modifying the items of order ${order.id}`);
    const items = await applyItemChanges(tx, order.items, plan.changes);
    const changed = { ...order, items, status: "pending_items_modified" as const, itemsChangedOnce: true };
    const settled = settleDifference(
      changed,
      customer,
      plan.differenceCents,
      plan.paymentMethodId,
      deps.clock.nowIso(),
    );
    const saved = await tx.orders.update(settled.order);
    if (settled.customer !== customer) await tx.customers.upsert(settled.customer);
    const request = newRequest(
      deps,
      { ...input, kind: "modify_items" },
      { status: "completed", ...swapRequestFields(input, plan) },
    );
    await tx.afterSales.create(request);
    await tx.audit.append(
      auditOf(
        deps,
        input.actor,
        "order.modify_items",
        { type: "order", id: order.id },
        swapAuditDetails(request.id, input, plan),
      ),
    );
    return { order: saved, request, rules, replayed: false };
  });
}
