import { Address } from "../../../domain/shop/address.js";
import { queuePlatformWrite } from "../platform/queue-platform-write.js";
import type { AfterSalesDeps, AfterSalesResult, OrderActionInput } from "./after-sales-deps.js";
import { decideAction } from "./decide-action.js";
import { loadOwnOrder } from "./own-order.js";
import { auditOf, findPriorRequest, newRequest } from "./request-records.js";
import { requireAllowed } from "./require-allowed.js";

const sameAddress = (a: Address, b: Address): boolean =>
  a.line1 === b.line1 &&
  a.line2 === b.line2 &&
  a.city === b.city &&
  a.state === b.state &&
  a.zip === b.zip &&
  a.country === b.country;

/** Changes an order's shipping address. */
export async function modifyOrderAddress(
  deps: AfterSalesDeps,
  input: OrderActionInput & { address: Address },
): Promise<AfterSalesResult> {
  const policy = await deps.loadPolicy();
  return deps.store.transaction(async (tx) => {
    const { order, customer } = await loadOwnOrder(tx, input.orderId, input.customerId);
    // Already at this address after an earlier change: a retry, nothing to write.
    const prior = sameAddress(order.address, input.address)
      ? await findPriorRequest(tx, order.id, "modify_address")
      : undefined;
    if (prior) return { order, request: prior, rules: [], replayed: true };

    const decision = await decideAction(
      tx,
      { policy, order, customer, now: deps.clock.now() },
      { kind: "modify_address" },
    );
    const { rules } = requireAllowed(decision, `Changing the address of order ${order.id}`);
    if (order.external) {
      // Platform first: a pending change to the same address is a retry of it.
      const pending = await findPriorRequest(tx, order.id, "modify_address", (r) => {
        const sent = Address.safeParse(r.details.address);
        return r.status === "approved" && sent.success && sameAddress(sent.data, input.address);
      });
      if (pending) return { order, request: pending, rules: [], replayed: true };
      const sent = await queuePlatformWrite(
        tx,
        deps,
        newRequest(
          deps,
          { ...input, kind: "modify_address" },
          { status: "approved", details: { address: input.address } },
        ),
        "update_address",
      );
      await tx.afterSales.create(sent);
      await tx.audit.append(
        auditOf(
          deps,
          input.actor,
          "order.modify_address_sent",
          { type: "order", id: order.id },
          { requestId: sent.id },
        ),
      );
      return { order, request: sent, rules, replayed: false };
    }
    const saved = await tx.orders.update({ ...order, address: input.address });
    const request = newRequest(deps, { ...input, kind: "modify_address" }, { status: "completed" });
    await tx.afterSales.create(request);
    // Addresses are personal data: the audit notes which fields changed, not their values.
    const changed = (Object.keys(input.address) as (keyof Address)[]).filter(
      (k) => input.address[k] !== order.address[k],
    );
    await tx.audit.append(
      auditOf(
        deps,
        input.actor,
        "order.modify_address",
        { type: "order", id: order.id },
        { requestId: request.id, changed },
      ),
    );
    return { order: saved, request, rules, replayed: false };
  });
}
