import { FLOW_SPECS } from "../../../domain/dialog/flow-specs.js";
import { addressFieldsText } from "./address-lines.js";
import type { FlowModule } from "./flow-module.js";

/** Ship a pending order to another address, shown field by field before it is stored. */
export const modifyAddressFlow: FlowModule = {
  name: "modify_address",
  spec: FLOW_SPECS.modify_address,
  describe({ flow, order, locale }) {
    const id = order?.id ?? "";
    const fields = addressFieldsText(flow.slots.address, locale);
    return [locale === "zh" ? `订单 ${id} 改寄到：${fields}` : `Ship order ${id} to: ${fields}`];
  },
};
