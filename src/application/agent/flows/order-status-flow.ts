import { FLOW_SPECS } from "../../../domain/dialog/flow-specs.js";
import { showOrderStatus } from "../flow-info.js";
import type { FlowModule } from "./flow-module.js";

/** Where an order is: status, latest scan, the timeline as an order card. */
export const orderStatusFlow: FlowModule = {
  name: "order_status",
  spec: FLOW_SPECS.order_status,
  describe: () => [],
  show: async (ctx, order) => showOrderStatus(ctx, order),
};
