import { FLOW_SPECS } from "../../../domain/dialog/flow-specs.js";
import { showRefundStatus } from "../flow-info.js";
import type { FlowModule } from "./flow-module.js";

/** After-sales requests of an order and the refunds already paid. */
export const refundStatusFlow: FlowModule = {
  name: "refund_status",
  spec: FLOW_SPECS.refund_status,
  describe: () => [],
  show: showRefundStatus,
};
