import type { AfterSalesRequest } from "../../../domain/shop/after-sales-request.js";
import type { Customer } from "../../../domain/shop/customer.js";
import type { Order, OrderStatus } from "../../../domain/shop/order.js";
import type { Repositories } from "../../ports/store.js";
import { applyItemChanges } from "./apply-item-changes.js";
import { plannedChanges } from "./item-swap-records.js";
import { settleDifference } from "./money-moves.js";

/**
 * The mirror after the shop platform swapped a request's items: the same item swap and price-difference
 * settlement as the local flow, plus the platform line items that now hold the swapped units (when known).
 */
export async function mirrorItemSwap(
  tx: Pick<Repositories, "products">,
  input: {
    order: Order;
    customer: Customer;
    request: AfterSalesRequest;
    status: OrderStatus;
    lineItemIds: readonly string[] | undefined;
    at: string;
  },
): Promise<{ order: Order; customer: Customer }> {
  const { order, request } = input;
  const changes = plannedChanges(request);
  const items = await applyItemChanges(tx, order.items, changes);
  const external = order.external && {
    ...order.external,
    lineItemIds: order.external.lineItemIds.map((id, index) => {
      const at = changes.findIndex((c) => c.itemIndex === index);
      // An empty id means the platform's line was not found: keep the old one rather than lose it.
      return (at >= 0 ? input.lineItemIds?.[at] : undefined) || id;
    }),
  };
  const methodId =
    typeof request.details.paymentMethodId === "string"
      ? request.details.paymentMethodId
      : (request.refundMethodId ?? "");
  return settleDifference(
    { ...order, items, status: input.status, itemsChangedOnce: true, ...(external ? { external } : {}) },
    input.customer,
    -request.amountCents,
    methodId,
    input.at,
  );
}
