import type { Actor } from "../../../domain/audit/audit-event.js";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import type { Address } from "../../../domain/shop/address.js";
import type { Customer } from "../../../domain/shop/customer.js";
import type { AfterSalesDeps } from "./after-sales-deps.js";
import { auditOf } from "./request-records.js";

/** Replaces the shopper's default address (not any order's); audited without the address itself. */
export async function updateDefaultAddress(
  deps: Pick<AfterSalesDeps, "store" | "clock" | "ids">,
  input: { customerId: string; address: Address; actor: Actor },
): Promise<Customer> {
  return deps.store.transaction(async (tx) => {
    const customer = await tx.customers.get(input.customerId);
    if (!customer) throw new KefuError("CUSTOMER_NOT_FOUND", `Customer ${input.customerId} does not exist`);
    const next = { ...customer, defaultAddress: input.address };
    await tx.customers.upsert(next);
    await tx.audit.append(
      auditOf(deps, input.actor, "customer.update_default_address", { type: "customer", id: customer.id }, {}),
    );
    return next;
  });
}
