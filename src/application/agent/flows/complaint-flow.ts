import { FLOW_SPECS } from "../../../domain/dialog/flow-specs.js";
import { describeParts, type FlowModule } from "./flow-module.js";

/** A complaint about an order, passed to staff. */
export const complaintFlow: FlowModule = {
  name: "complaint",
  spec: FLOW_SPECS.complaint,
  describe(input) {
    const { zh, id } = describeParts(input);
    const details = input.flow.slots.details ?? "";
    return [zh ? `订单 ${id} 投诉：${details}` : `Complaint about order ${id}: ${details}`];
  },
};
