import { FLOW_SPECS } from "../../../domain/dialog/flow-specs.js";
import { describeParts, type FlowModule } from "./flow-module.js";

/** A warranty claim for items of an order, with the problem described. */
export const warrantyFlow: FlowModule = {
  name: "warranty",
  spec: FLOW_SPECS.warranty,
  describe(input) {
    const { zh, id, itemList } = describeParts(input);
    const details = input.flow.slots.details ?? "";
    return zh
      ? [`订单 ${id} 保修申请：${itemList}`, `问题：${details}`]
      : [`Warranty claim for order ${id}: ${itemList}`, `Problem: ${details}`];
  },
};
