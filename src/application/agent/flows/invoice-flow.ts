import { FLOW_SPECS } from "../../../domain/dialog/flow-specs.js";
import { describeParts, type FlowModule } from "./flow-module.js";

/** Ask for an invoice of an order; staff issue it. */
export const invoiceFlow: FlowModule = {
  name: "invoice",
  spec: FLOW_SPECS.invoice,
  describe(input) {
    const { zh, id } = describeParts(input);
    return [zh ? `为订单 ${id} 申请发票` : `Request an invoice for order ${id}`];
  },
};
