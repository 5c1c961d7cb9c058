import type { AfterSalesRequest } from "../../../domain/shop/after-sales-request.js";
import type { AfterSalesDeps, OrderActionInput } from "./after-sales-deps.js";
import { loadOwnOrder } from "./own-order.js";
import { auditOf, newRequest } from "./request-records.js";

export type ServiceKind = "invoice" | "warranty" | "complaint";

/** Records an invoice, warranty or complaint request on an order for an agent to handle. */
export async function requestService(
  deps: Pick<AfterSalesDeps, "store" | "clock" | "ids">,
  input: OrderActionInput & { kind: ServiceKind; details: string },
): Promise<AfterSalesRequest> {
  return deps.store.transaction(async (tx) => {
    const { order } = await loadOwnOrder(tx, input.orderId, input.customerId);
    const request = newRequest(deps, input, { status: "requested", reason: input.details.slice(0, 2000) });
    await tx.afterSales.create(request);
    await tx.audit.append(
      auditOf(
        deps,
        input.actor,
        `after_sales.request_${input.kind}`,
        { type: "order", id: order.id },
        { requestId: request.id },
      ),
    );
    return request;
  });
}
