import type { Order } from "../../../domain/shop/order.js";
import type { Repositories } from "../../ports/store.js";
import { queuePlatformWrite } from "../platform/queue-platform-write.js";
import type { AfterSalesDeps, AfterSalesResult, OrderActionInput } from "./after-sales-deps.js";
import { applyItemChanges } from "./apply-item-changes.js";
import { decideAction } from "./decide-action.js";
import { findSameSwap, swapAuditDetails, swapRequestFields } from "./item-swap-records.js";
import { settleDifference } from "./money-moves.js";
import { loadOwnOrder } from "./own-order.js";
import { auditOf, newRequest } from "./request-records.js";
import { requireAllowed } from "./require-allowed.js";
import { requirePlatformPriceNeutral } from "./require-platform-price-neutral.js";

export type ModifyItemsInput = OrderActionInput & {
  itemIndexes: number[];
  newVariantIds: string[];
  paymentMethodId: string;
};

type Deps = AfterSalesDeps;

/** A platform order: the request and its platform.write job, the mirror untouched until the shop made the change. */
async function sendToPlatform(
  tx: Repositories,
  deps: Deps,
  order: Order,
  input: ModifyItemsInput,
  plan: Parameters<typeof swapRequestFields>[1],
) {
  requirePlatformPriceNeutral(order, plan.differenceCents, "modify_items");
  const sent = await queuePlatformWrite(
    tx,
    deps,
    newRequest(deps, { ...input, kind: "modify_items" }, { status: "approved", ...swapRequestFields(input, plan) }),
    "modify_items",
  );
  await tx.afterSales.create(sent);
  await tx.audit.append(
    auditOf(
      deps,
      input.actor,
      "order.modify_items_sent",
      { type: "order", id: order.id },
      swapAuditDetails(sent.id, input, plan),
    ),
  );
  return sent;
}

/** Swaps items of a pending order to other options of the same products and settles the price difference. */
export async function modifyOrderItems(deps: Deps, input: ModifyItemsInput): Promise<AfterSalesResult> {
  const policy = await deps.loadPolicy();
  return deps.store.transaction(async (tx) => {
    const { order, customer } = await loadOwnOrder(tx, input.orderId, input.customerId);
    // A platform order's change still waiting for the shop is a retry too, not a second change.
    const prior =
      order.itemsChangedOnce || order.external ? await findSameSwap(tx, order.id, "modify_items", input) : undefined;
    if (prior) return { order, request: prior, rules: [], replayed: true };

    const action = {
      kind: "modify_items" as const,
      itemIndexes: input.itemIndexes,
      newVariantIds: input.newVariantIds,
      paymentMethodId: input.paymentMethodId,
    };
    const decision = await decideAction(tx, { policy, order, customer, now: deps.clock.now() }, action);
    const { plan, rules } = requireAllowed(decision, `Modifying the items of order ${order.id}`);
    if (order.external) {
      return { order, request: await sendToPlatform(tx, deps, order, input, plan), rules, replayed: false };
    }
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
